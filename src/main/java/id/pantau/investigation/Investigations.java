package id.pantau.investigation;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the investigation of a case concluded, for the decision. */
@Component
@Transactional(readOnly = true)
public class Investigations {

	private final ExaminationReports reports;

	Investigations(ExaminationReports reports) {
		this.reports = reports;
	}

	/** The report the Inspektur approved, if any. */
	public Optional<ApprovedReport> approvedReport(long caseId) {
		return this.reports.findFirstByCaseIdOrderByRevisionDesc(caseId)
			.filter((r) -> r.reviewOutcome() == ExaminationReport.Review.APPROVED)
			.map((r) -> new ApprovedReport(r.proven(), r.actsProven(), r.legalBasis(), r.recommendedSanction(),
					r.evidenceOnly()));
	}

}
