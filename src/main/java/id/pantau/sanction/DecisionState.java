package id.pantau.sanction;

import java.time.LocalDate;

import id.pantau.shared.Sanction;

/**
 * Where the decision on a case stands, for other modules' records (oversight): the PPK's
 * outcome and the sanction in force after any appeal, and the dates of decision, delivery
 * and follow-up report.
 *
 * @param outcome APPROVE, CHANGE or REJECT; null while only drafted
 * @param finalSanction the sanction in force (after an appeal changed or revoked it)
 * @param decidedOn the day the PPK decided
 * @param recommendationFollowed whether the decision followed the sanction table
 * @param deliveredOn the day the decision was delivered to the employee
 * @param followUpReportedOn the day the follow-up was reported to BKN and Bawaslu
 */
public record DecisionState(DecisionOutcome outcome, Sanction finalSanction, LocalDate decidedOn,
		Boolean recommendationFollowed, LocalDate deliveredOn, LocalDate followUpReportedOn) {
}
