package id.pantau.escalation;

import java.time.Instant;

/**
 * A message to a group about a step of a case.
 *
 * @param caseNumber the case
 * @param region the case's region
 * @param recipientGroup the role that is told
 * @param kind OVERDUE_REMINDER or ESCALATION
 * @param step the task definition key
 * @param taskId the Camunda task id
 * @param dueAt the step's deadline
 * @param at when it was sent
 */
public record Notification(String caseNumber, String region, String recipientGroup, String kind, String step,
		String taskId, Instant dueAt, Instant at) {
}
