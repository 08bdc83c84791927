package id.pantau.shared;

/**
 * The stages of a case's route as people follow it (the stepper of the case page), in
 * route order; each step declares the one it belongs to ({@link StepDefinition#stage()}).
 * Their names are message keys {@code web.stage.<name>}.
 */
public enum RouteStage {

	REGISTRATION("registration"), VERIFICATION("verification"), EXAMINATION("examination"), REPORT("report"),
	DECISION("decision"), DELIVERY("delivery"), APPEAL("appeal"), FOLLOW_UP("follow-up");

	private final String messageName;

	RouteStage(String messageName) {
		this.messageName = messageName;
	}

	/** The last part of its message key, {@code web.stage.<name>}. */
	public String messageName() {
		return this.messageName;
	}

}
