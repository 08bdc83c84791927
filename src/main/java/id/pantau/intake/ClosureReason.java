package id.pantau.intake;

/**
 * How a case left the route; the names match the closure listeners of the main model,
 * except {@link #ADMINISTRATIVELY_CANCELLED}: an administrator deleted the case's process
 * instance in Camunda (see {@link CaseCancellation}).
 */
public enum ClosureReason {

	NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE, NOT_PROVEN, COMPLETED, ADMINISTRATIVELY_CANCELLED

}
