/**
 * The investigation by the Inspectorate: examination team, summons, hearing, minutes
 * (BAP), report (LHP) and its review by the Inspektur. Owns
 * {@code processes/investigation/investigation.bpmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigation",
		allowedDependencies = { "calendar", "identity", "intake", "pledges", "rules", "shared" })
package id.pantau.investigation;
