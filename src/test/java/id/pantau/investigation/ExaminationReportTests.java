package id.pantau.investigation;

import java.time.Instant;
import java.util.Set;

import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;
import org.junit.jupiter.api.Test;

import static id.pantau.investigation.SummonsTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Inspektur's review of the report (LHP), without Spring. */
class ExaminationReportTests {

	static final Violation ACT = Violation.values()[0];

	@Test
	void wantsTheActsTheLegalBasisAndAnApplicableSanctionOfAProvenCase() {
		assertRefused("actsProven", "report.proven.acts-required",
				() -> write(true, Set.of(), "PP 94/2021", Sanction.WRITTEN_REPRIMAND, EmploymentType.PNS));
		assertRefused("legalBasis", "report.proven.legal-basis-required",
				() -> write(true, Set.of(ACT), " ", Sanction.WRITTEN_REPRIMAND, EmploymentType.PNS));
		assertRefused("recommendedSanction", "report.proven.sanction-required",
				() -> write(true, Set.of(ACT), "PP 94/2021", null, EmploymentType.PNS));
		assertRefused("recommendedSanction", "sanction.not-applicable",
				() -> write(true, Set.of(ACT), "PP 94/2021", Sanction.DEMOTION_12_MONTHS, EmploymentType.PPPK));
		assertThat(write(true, Set.of(ACT), "PP 94/2021", Sanction.WRITTEN_REPRIMAND, EmploymentType.PNS).proven())
			.isTrue();
	}

	@Test
	void namesNoActAndNoSanctionForACaseNotProven() {
		assertRefused("actsProven", "report.not-proven.no-acts",
				() -> write(false, Set.of(ACT), null, null, EmploymentType.PNS));
		assertRefused("actsProven", "report.not-proven.no-acts",
				() -> write(false, Set.of(), null, Sanction.WRITTEN_REPRIMAND, EmploymentType.PNS));
		assertThat(write(false, Set.of(), null, null, EmploymentType.PNS).proven()).isFalse();
	}

	private static ExaminationReport write(boolean proven, Set<Violation> acts, String legalBasis, Sanction sanction,
			EmploymentType employment) {
		return ExaminationReport.write(7, 1,
				new ExaminationReport.Finding(proven, acts, " what the team found ", legalBasis, sanction), employment,
				false, "inspector-prob", Instant.EPOCH);
	}

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
