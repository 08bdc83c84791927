package id.pantau.tasks;

import java.util.List;

import id.pantau.intake.CurrentStep;

/**
 * What a task command did.
 *
 * @param taskId the task acted on
 * @param stepKey its task definition key
 * @param caseNumber its case
 * @param messageKey the confirmation, as a message key
 * @param currentSteps the case's open steps afterwards
 */
public record TaskResult(String taskId, String stepKey, String caseNumber, String messageKey,
		List<CurrentStep> currentSteps) {
}
