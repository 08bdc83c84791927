package id.pantau.intake;

/**
 * An administrator deleted a case's process instance in Camunda; the case is closed as
 * {@link ClosureReason#ADMINISTRATIVELY_CANCELLED}.
 *
 * @param caseNumber the case
 * @param region its region code
 * @param processInstanceId the deleted instance
 * @param deleteReason the reason given with the deletion, if any
 * @param deletedBy the administrator who deleted it (also when a deletion batch he
 * started ran later), or null when the engine does not know
 */
public record CaseCancelled(String caseNumber, String region, String processInstanceId, String deleteReason,
		String deletedBy) {
}
