package id.pantau.intake;

import java.time.Instant;
import java.util.List;

/**
 * A step of a case waiting for someone.
 *
 * @param taskId the task id, for claim and complete
 * @param stepKey the task definition key
 * @param stepName the step's name in the caller's language
 * @param candidateRoles roles that may take it
 * @param assignee who took it, if anyone
 * @param dueAt its deadline
 * @param overdue whether the deadline has passed
 */
public record CurrentStep(String taskId, String stepKey, String stepName, List<String> candidateRoles, String assignee,
		Instant dueAt, boolean overdue) {
}
