package id.pantau.sanction;

/** Result of an appeal. */
enum AppealOutcome {

	UPHELD, CHANGED, REVOKED

}
