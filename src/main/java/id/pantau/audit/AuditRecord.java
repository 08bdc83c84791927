package id.pantau.audit;

/**
 * What is to be written to the audit log; the log adds the number, the time and the
 * hashes.
 *
 * @param actor user name, or {@code system} for the engine's own work
 * @param roles the actor's roles, comma-separated
 * @param region region code, if known
 * @param caseNumber case number, if the entry concerns a case
 * @param action what happened, e.g. TASK_COMPLETED, DATA_CHANGED, WRITE_REFUSED
 * @param subject what it happened to: a step, a table and row, a request
 * @param detail the data that mattered (JSON)
 * @param reason why, where the actor gave a reason
 */
public record AuditRecord(String actor, String roles, String region, String caseNumber, String action, String subject,
		String detail, String reason) {
}
