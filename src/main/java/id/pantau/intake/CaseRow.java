package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case in a search result.
 *
 * @param caseNumber the case number
 * @param region region code
 * @param status OPEN or CLOSED
 * @param closureReason why it was closed, if it was
 * @param employeeName the reported employee
 * @param employeeNip the reported employee's NIP
 * @param receivedOn the day the report was received
 * @param registeredAt when it was registered
 * @param currentStepKeys the task definition keys of its open steps
 * @param overdue whether an open step is past its due time
 */
public record CaseRow(String caseNumber, String region, String status, ClosureReason closureReason, String employeeName,
		String employeeNip, LocalDate receivedOn, Instant registeredAt, List<String> currentStepKeys, boolean overdue) {
}
