package id.pantau.escalation;

import java.time.Instant;

/**
 * A message to a group about a step of a case.
 *
 * @param caseNumber the case
 * @param region the case's region
 * @param recipientRole the role that is told
 * @param kind OVERDUE_REMINDER or ESCALATION
 * @param stepKey the task definition key
 * @param taskId the Camunda task id
 * @param dueAt the step's deadline
 * @param sentAt when it was sent
 */
public record Notification(String caseNumber, String region, String recipientRole, String kind, String stepKey,
		String taskId, Instant dueAt, Instant sentAt) {
}
