package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import id.pantau.shared.EmploymentType;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

/**
 * What other modules may know of a case.
 *
 * @param id primary key
 * @param number case number, the process business key
 * @param region region code
 * @param status OPEN or CLOSED
 * @param employeeNip NIP of the reported employee
 * @param employeeName name of the reported employee
 * @param employmentType PNS or PPPK
 * @param position position of the employee
 * @param unit unit (OPD) of the employee
 * @param electionStage BEFORE_CANDIDACY or CANDIDACY
 * @param allegedActs the acts reported
 * @param receivedOn date the report was received
 * @param registeredAt when it was registered
 * @param sourceRecommendation sanction recommended by the source (BKN), if any
 */
public record CaseSummary(long id, String number, String region, String status, String employeeNip, String employeeName,
		EmploymentType employmentType, String position, String unit, String electionStage, Set<Violation> allegedActs,
		LocalDate receivedOn, Instant registeredAt, Sanction sourceRecommendation) {
}
