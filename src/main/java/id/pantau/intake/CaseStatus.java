package id.pantau.intake;

/** Whether the case is still on its route. */
public enum CaseStatus {

	OPEN, CLOSED

}
