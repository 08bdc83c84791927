package id.pantau.sanction;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored SanctionDecision rows, one per case at most. */
interface SanctionDecisions extends JpaRepository<SanctionDecision, Long> {

	Optional<SanctionDecision> findByCaseId(long caseId);

}
