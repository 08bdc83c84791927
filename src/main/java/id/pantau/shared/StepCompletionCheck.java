package id.pantau.shared;

/**
 * A condition another module sets on completing steps (e.g. a signed document uploaded
 * first). The tasks module runs every check inside the completing transaction, before the
 * step records anything.
 */
public interface StepCompletionCheck {

	/**
	 * Refuses the completion by throwing.
	 * @throws ConflictException when the case lacks what the step requires
	 */
	void beforeCompletion(StepContext context);

}
