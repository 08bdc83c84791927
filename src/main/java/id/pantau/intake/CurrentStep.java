package id.pantau.intake;

import java.time.Instant;
import java.util.List;

/**
 * A step of a case waiting for someone.
 *
 * @param taskId the task id, for claim and complete
 * @param step the task definition key
 * @param name the step's name in the caller's language
 * @param candidateGroups roles that may take it
 * @param assignee who took it, if anyone
 * @param dueDate its deadline
 * @param overdue whether the deadline has passed
 */
public record CurrentStep(String taskId, String step, String name, List<String> candidateGroups, String assignee,
		Instant dueDate, boolean overdue) {
}
