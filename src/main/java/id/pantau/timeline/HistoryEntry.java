package id.pantau.timeline;

import java.time.Instant;

import id.pantau.audit.Confidential;

/**
 * One entry of a case's timeline.
 *
 * @param at when it happened
 * @param type what kind of event: CASE_STARTED, STEP_STARTED, STEP_ENDED, TASK_CLAIMED,
 * TASK_UNCLAIMED, TASK_ASSIGNED, TASK_COMPLETED, FORM_SUBMITTED, OUTCOME_RECORDED,
 * DECISION_EVALUATED, TIMER_FIRED, DEADLINE_MISSED, INCIDENT, INCIDENT_RESOLVED,
 * DATA_ADDED, DATA_CHANGED, DOCUMENT_ADDED, DOCUMENT_GENERATED, PERSONAL_DATA_READ,
 * WRITE_REFUSED, OPERATION, CASE_ENDED, NOTIFICATION_SENT (a reminder or escalation of an
 * overdue step), or a type a further source adds
 * @param stepKey the activity id, if it concerns one step
 * @param stepName the step's name in the caller's language
 * @param actor who did it, when a person did
 * @param roles the actor's roles, comma-separated
 * @param region region code of the case
 * @param detail what was decided or changed
 * @param reason why, where a reason was given
 * @param source where the entry comes from: engine, decision, audit, or a further source
 */
public record HistoryEntry(Instant at, String type, String stepKey, String stepName, String actor, String roles,
		String region, String detail, String reason, String source) {

	/**
	 * This entry with the confidential reporter masked in its detail
	 * ({@link Confidential}).
	 */
	public HistoryEntry withoutReporter() {
		String masked = Confidential.masked(this.detail);
		if (masked == this.detail) {
			return this;
		}
		return new HistoryEntry(this.at, this.type, this.stepKey, this.stepName, this.actor, this.roles, this.region,
				masked, this.reason, this.source);
	}

}
