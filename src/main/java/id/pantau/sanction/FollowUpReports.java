package id.pantau.sanction;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored FollowUpReport rows, one per case at most. */
interface FollowUpReports extends JpaRepository<FollowUpReport, Long> {

	Optional<FollowUpReport> findByCaseId(long caseId);

}
