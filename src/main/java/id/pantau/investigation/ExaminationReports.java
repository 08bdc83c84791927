package id.pantau.investigation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Examination reports of cases, every revision. */
interface ExaminationReports extends JpaRepository<ExaminationReport, Long> {

	List<ExaminationReport> findByCaseIdOrderByRevision(long caseId);

	Optional<ExaminationReport> findFirstByCaseIdOrderByRevisionDesc(long caseId);

}
