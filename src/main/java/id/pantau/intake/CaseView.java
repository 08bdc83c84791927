package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

/** A case as the API shows it; the reporter only to those who may read it. */
public record CaseView(String caseNumber, String region, String status, ClosureReason closureReason, Instant closedAt,
		CaseSource source, String referenceNumber, LocalDate referenceDate, LocalDate receivedOn, Instant registeredAt,
		String registeredBy, Election election, ReportedEmployee employee, Set<Violation> allegedActs,
		String description, Sanction sourceRecommendation, Reporter reporter, VerificationView verification,
		List<CurrentStep> currentSteps) {

	public record Election(ElectionType type, int year, ElectionStage stage) {
	}

	public record Reporter(String name, String contact) {
	}

	public record VerificationView(VerificationOutcome outcome, String note, String forwardedTo, String missingItems) {
	}

	static CaseView of(NeutralityCase c, boolean withReporter, List<CurrentStep> steps) {
		VerificationView verification = (c.verificationOutcome() != null)
				? new VerificationView(c.verificationOutcome(), c.verificationNote(), c.forwardedTo(), c.missingItems())
				: null;
		Reporter reporter = (withReporter && c.reporterName() != null)
				? new Reporter(c.reporterName(), c.reporterContact()) : null;
		return new CaseView(c.caseNumber(), c.regionCode(), c.status().name(), c.closureReason(), c.closedAt(),
				c.source(), c.referenceNumber(), c.referenceDate(), c.receivedOn(), c.registeredAt(), c.registeredBy(),
				new Election(c.electionType(), c.electionYear(), c.electionStage()), c.employee(), c.allegedActs(),
				c.description(), c.sourceRecommendation(), reporter, verification, steps);
	}

}
