package id.pantau.mail;

import java.time.Instant;

/**
 * A message of the outbox, as the administrator's page shows it.
 *
 * @param mailId its number
 * @param recipient the address (null: the user has none)
 * @param username the user it is for
 * @param subject the subject line
 * @param body the text
 * @param kind TASK_CREATED, TASK_ASSIGNED, OVERDUE_REMINDER, ESCALATION, DECISION_SIGNED
 * or DIGEST
 * @param caseNumber the case, if one
 * @param taskId the task, if one
 * @param createdAt when it was written
 * @param status PENDING, SENDING, SENT, DELIVERED_LOCALLY, FAILED, HELD, DIGESTED or
 * NO_ADDRESS
 * @param attempts attempts to send it so far
 * @param nextAttemptAt when it is tried next
 * @param lastError why the last attempt failed
 * @param sentAt when it went out
 * @param node the node that sent it (or is sending it)
 */
public record OutboxMail(long mailId, String recipient, String username, String subject, String body, String kind,
		String caseNumber, String taskId, Instant createdAt, String status, int attempts, Instant nextAttemptAt,
		String lastError, Instant sentAt, String node) {

	/** Whether an attempt to send it failed (the administrator's failure list). */
	public boolean failed() {
		return this.lastError != null;
	}

}
