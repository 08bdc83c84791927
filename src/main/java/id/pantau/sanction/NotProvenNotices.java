package id.pantau.sanction;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stored NotProvenNotice rows, one per case at most. */
interface NotProvenNotices extends JpaRepository<NotProvenNotice, Long> {

	Optional<NotProvenNotice> findByCaseId(long caseId);

}
