package id.pantau.sanction;

/**
 * What HR records on the appeal step: an appeal filed in the window, or the employee's
 * written statement that he accepts the decision without appeal (the window closes
 * early).
 */
public enum AppealChoice {

	APPEAL_FILED, ACCEPTED_WITHOUT_APPEAL

}
