package id.pantau.audit;

import java.time.Instant;

/**
 * One entry of a case's history.
 *
 * @param at when it happened
 * @param type what kind of event: CASE_STARTED, STEP_STARTED, STEP_ENDED, TASK_CLAIMED,
 * TASK_UNCLAIMED, TASK_ASSIGNED, TASK_COMPLETED, OUTCOME_RECORDED, TIMER_FIRED,
 * CASE_ENDED, OPERATION, NOTIFICATION_SENT (a reminder or escalation of an overdue step)
 * @param step the activity id, if it concerns one step
 * @param stepName the step's name in the caller's language
 * @param actor who did it, when a person did
 * @param detail what was decided or changed
 */
public record HistoryEntry(Instant at, String type, String step, String stepName, String actor, String detail) {
}
