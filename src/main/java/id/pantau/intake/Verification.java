package id.pantau.intake;

/** Outcome of verifying a registered report. */
record Verification(VerificationOutcome outcome, String note, String forwardedTo, String missingItems) {
}
