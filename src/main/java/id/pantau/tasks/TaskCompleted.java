package id.pantau.tasks;

import java.util.Map;

/**
 * A person completed a step: published inside the completing transaction, after the
 * payload was validated and recorded and before the engine completes the task.
 *
 * @param taskId the Camunda task id
 * @param step the task definition key
 * @param caseNumber the case number
 * @param region region code
 * @param username who completed it
 * @param payload the validated payload of the step, as the step read it
 * @param variables the routing outcome handed to the engine
 */
public record TaskCompleted(String taskId, String step, String caseNumber, String region, String username,
		Object payload, Map<String, Object> variables) {
}
