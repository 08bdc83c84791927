package id.pantau.intake;

/** How a case left the route; the names match the closure listeners of the main model. */
public enum ClosureReason {

	NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE, NOT_PROVEN, COMPLETED

}
