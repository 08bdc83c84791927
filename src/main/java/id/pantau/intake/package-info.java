/**
 * Registration and verification of incoming reports: the case, the reported employee and
 * the alleged acts; case numbers; duplicate detection; closure. Starts and owns the main
 * route, {@code processes/case/neutrality-case.bpmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "calendar", "identity", "shared" })
package id.pantau.intake;
