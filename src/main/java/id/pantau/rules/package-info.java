/**
 * Rules of law as data: the sanction recommendation table (DMN, versioned, evaluated
 * through the engine so every evaluation is in its decision history), the version each
 * case keeps, the administrator's changes to the rules (table versions, holidays) and
 * their record. Owns {@code processes/rules/sanction-recommendation.dmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules",
		allowedDependencies = { "calendar", "identity", "intake", "shared" })
package id.pantau.rules;
