package id.pantau.shared;

import java.util.Map;

/**
 * One step of the case route that a person completes: the module owning the step
 * validates the typed payload against its rules, records the business data and answers
 * the process variables (ids and routing outcomes) to complete the task with. Runs inside
 * the transaction that completes the task, so a refusal changes nothing.
 *
 * @param <P> the payload, validated with Bean Validation before {@link #complete} is
 * called
 */
public interface TaskStep<P> {

	/**
	 * The task definition key this step completes, one of
	 * {@link NeutralityCaseProcess.Tasks}.
	 */
	String taskKey();

	Class<P> payloadType();

	/**
	 * Records the step and answers the process variables.
	 * @throws InvalidInputException when the payload breaks a rule of the domain
	 * @throws ConflictException when the case is not in a state that allows the step
	 */
	Map<String, Object> complete(StepContext context, P payload);

}
