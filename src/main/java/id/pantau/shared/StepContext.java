package id.pantau.shared;

/**
 * Who completes which task of which case.
 *
 * @param taskId the Camunda task id
 * @param taskKey the task definition key
 * @param caseId primary key of the case row
 * @param caseNumber the case number (process business key)
 * @param region region code (Camunda tenant)
 * @param username the person completing the step
 */
public record StepContext(String taskId, String taskKey, long caseId, String caseNumber, String region,
		String username) {
}
