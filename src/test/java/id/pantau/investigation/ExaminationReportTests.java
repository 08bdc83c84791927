package id.pantau.investigation;

import java.time.Instant;
import java.util.Set;

import id.pantau.shared.ConflictException;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;
import org.junit.jupiter.api.Test;

import static id.pantau.investigation.SummonsTests.assertRefused;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Inspektur's review of the report (LHP), without Spring. */
class ExaminationReportTests {

	@Test
	void returnsTheReportForRevisionOnlyWithRemarksAndReviewsItOnce() {
		ExaminationReport report = new ExaminationReport(7, 1, new ExaminationReport.Finding(true,
				Set.of(Violation.values()[0]), "posted support", "PP 94/2021", Sanction.WRITTEN_REPRIMAND), false,
				"inspector-prob", Instant.EPOCH);

		assertRefused("remarks", "review.remarks.required",
				() -> report.returnForRevision("chief-prob", "  ", Instant.EPOCH));
		report.returnForRevision("chief-prob", "name the witness", Instant.EPOCH);
		assertThrows(ConflictException.class, () -> report.approve("chief-prob", null, Instant.EPOCH));
	}

}
