package id.pantau.tasks;

import java.time.Instant;

/**
 * A task in a task list.
 *
 * @param taskId id for claim, unclaim and complete
 * @param step task definition key
 * @param stepName the step's name in the caller's language
 * @param caseNumber number of the case
 * @param region region of the case
 * @param employeeName the reported employee
 * @param employeeNip the reported employee's NIP
 * @param assignee who took it, if anyone
 * @param created when the step started
 * @param dueDate its deadline
 * @param overdue whether the deadline has passed
 */
public record TaskRow(String taskId, String step, String stepName, String caseNumber, String region,
		String employeeName, String employeeNip, String assignee, Instant created, Instant dueDate, boolean overdue) {
}
