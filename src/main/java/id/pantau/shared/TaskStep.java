package id.pantau.shared;

import java.util.Map;
import java.util.Set;

/**
 * One step of the case route that a person completes: the module owning the step declares
 * it ({@link #definition()}), validates the typed payload against its rules, records the
 * business data and answers the process variables (ids and routing outcomes) to complete
 * the task with. Runs inside the transaction that completes the task, so a refusal
 * changes nothing.
 *
 * @param <P> the payload, validated with Bean Validation before {@link #complete} is
 * called
 */
public interface TaskStep<P> {

	/** The step's declaration: key, role, deadline, payload. */
	StepDefinition<P> definition();

	/**
	 * The task definition key this step completes, one of
	 * {@link NeutralityCaseProcess.Tasks}.
	 */
	default String taskKey() {
		return definition().key();
	}

	default Class<P> payloadType() {
		return definition().payloadType();
	}

	/**
	 * Further task definition keys this step completes: those of model versions no longer
	 * deployed whose tasks may still be open.
	 */
	default Set<String> formerKeys() {
		return Set.of();
	}

	/**
	 * Records the step and answers the process variables.
	 * @throws InvalidInputException when the payload breaks a rule of the domain
	 * @throws ConflictException when the case is not in a state that allows the step
	 */
	Map<String, Object> complete(StepContext context, P payload);

}
