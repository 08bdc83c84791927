package id.pantau.rules;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleChanges extends JpaRepository<RuleChange, Long> {

	List<RuleChange> findByOrderByIdDesc(Pageable page);

}
