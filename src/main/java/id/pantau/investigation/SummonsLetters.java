package id.pantau.investigation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Summons letters of cases. */
interface SummonsLetters extends JpaRepository<Summons, Long> {

	List<Summons> findByCaseIdOrderByRound(long caseId);

	Optional<Summons> findFirstByCaseIdOrderByRoundDesc(long caseId);

}
