package id.pantau.sanction;

import java.time.LocalDate;

import id.pantau.shared.Sanction;

/**
 * What the PPK decides on a drafted decision letter.
 *
 * @param outcome approve the drafted sanction, change it, or reject the draft
 * @param sanction the sanction a change decides (else unused)
 * @param reason why he changes or rejects
 * @param decreeNumber the number of the decree (SK) he signs
 * @param decidedOn the day he signs
 * @param deviationReason why the sanction departs from the sanction table's
 * recommendation
 */
record PpkDecision(DecisionOutcome outcome, Sanction sanction, String reason, String decreeNumber, LocalDate decidedOn,
		String deviationReason) {

}
