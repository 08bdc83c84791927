package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case in a search result. */
public record CaseRow(String number, String region, String status, ClosureReason closureReason, String employeeName,
		String employeeNip, LocalDate receivedOn, Instant registeredAt, List<String> currentSteps, boolean overdue) {
}
