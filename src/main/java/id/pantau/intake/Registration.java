package id.pantau.intake;

import java.time.LocalDate;
import java.util.Set;

import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

/** What intake registers about an incoming report, already validated. */
record Registration(CaseSource source, String referenceNumber, LocalDate referenceDate, LocalDate receivedOn,
		ElectionType electionType, int electionYear, ElectionStage electionStage, String description,
		Sanction sourceRecommendation, String reporterName, String reporterContact, ReportedEmployee employee,
		Set<Violation> allegedActs) {
}
