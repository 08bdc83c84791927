package id.pantau.tasks;

import java.time.Instant;

/**
 * A task in a task list.
 *
 * @param taskId id for claim, unclaim and complete
 * @param stepKey task definition key
 * @param stepName the step's name in the caller's language
 * @param caseNumber number of the case
 * @param region region of the case
 * @param employeeName the reported employee
 * @param employeeNip the reported employee's NIP
 * @param assignee who took it, if anyone
 * @param createdAt when the step started
 * @param dueAt its deadline
 * @param overdue whether the deadline has passed
 */
public record TaskRow(String taskId, String stepKey, String stepName, String caseNumber, String region,
		String employeeName, String employeeNip, String assignee, Instant createdAt, Instant dueAt, boolean overdue) {
}
