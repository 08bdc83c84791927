package id.pantau.intake;

/** Result of checking a registered report; routes the main process. */
public enum VerificationOutcome {

	ACCEPTED, NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE

}
