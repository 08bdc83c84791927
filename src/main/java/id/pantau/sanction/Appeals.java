package id.pantau.sanction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Appeals against decisions. */
interface Appeals extends JpaRepository<Appeal, Long> {

	List<Appeal> findByCaseIdOrderByFiledOn(long caseId);

	Optional<Appeal> findFirstByCaseIdAndOutcomeIsNullOrderByFiledOnDesc(long caseId);

}
