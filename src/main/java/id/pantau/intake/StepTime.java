package id.pantau.intake;

import java.time.Instant;

/**
 * When one step of a case started, was due and ended, from the step record.
 *
 * @param taskId the engine's task id
 * @param caseNumber the case
 * @param region its region code
 * @param stepKey task definition key
 * @param createdAt when the step reached its queue
 * @param dueAt its deadline, if it has one
 * @param endedAt when it was completed or cancelled, null while open
 */
public record StepTime(String taskId, String caseNumber, String region, String stepKey, Instant createdAt,
		Instant dueAt, Instant endedAt) {

	/** Whether the step ended after its deadline, or is open past it at {@code now}. */
	public boolean lateAt(Instant now) {
		return this.dueAt != null && ((this.endedAt != null) ? this.endedAt : now).isAfter(this.dueAt);
	}

}
