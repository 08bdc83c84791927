package id.pantau.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.pantau.shared.BusinessTime;
import org.camunda.bpm.engine.HistoryService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pantau's own audit log of a case: form data, business data before and after, documents,
 * reads of personal data, refused writes, and the deadlines missed. While the engine
 * still has the case's history, the task and operation entries that the engine shows too
 * are left out; after the engine's history cleanup they stand in for it.
 */
@Component
class AuditLogTimeline implements TimelineSource {

	private static final Set<String> ALSO_IN_ENGINE = Set.of("TASK_CREATED", "TASK_CLAIMED", "TASK_UNCLAIMED",
			"TASK_ASSIGNED", "TASK_CANCELED", "ADMIN_OPERATION");

	private final JdbcTemplate jdbc;

	private final HistoryService history;

	private final StepNames names;

	AuditLogTimeline(JdbcTemplate jdbc, HistoryService history, StepNames names) {
		this.jdbc = jdbc;
		this.history = history;
		this.names = names;
	}

	@Override
	public List<HistoryEntry> entriesOf(String caseNumber, String region) {
		boolean engineHasHistory = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseNumber)
			.count() > 0;
		List<HistoryEntry> entries = new ArrayList<>();
		for (AuditEntry e : this.jdbc.query(
				"select " + AuditLog.COLUMNS + " from audit_log where case_number = ? order by seq limit 10000",
				AuditLog.ROWS, caseNumber)) {
			if (!engineHasHistory || !ALSO_IN_ENGINE.contains(e.action())) {
				entries.add(entry(e));
			}
		}
		entries.addAll(missedDeadlines(caseNumber, region));
		return entries;
	}

	private HistoryEntry entry(AuditEntry e) {
		String type = ("TASK_COMPLETED".equals(e.action()) && e.detail() != null && e.detail().contains("\"payload\""))
				? "FORM_SUBMITTED" : e.action();
		boolean isStep = e.subject() != null && e.subject().startsWith("Task_");
		return new HistoryEntry(e.recordedAt(), type, isStep ? e.subject() : null,
				isStep ? this.names.of(e.subject(), e.subject()) : null, e.actor(), e.roles(), e.region(),
				isStep ? e.detail() : join(e.subject(), e.detail()), e.reason(), "audit#" + e.seq());
	}

	private List<HistoryEntry> missedDeadlines(String caseNumber, String region) {
		Instant now = BusinessTime.now();
		return this.jdbc
			.query("select step, due_at, ended_at from audit_step where case_number = ? and due_at is not null",
					(rs, n) -> {
						Instant due = rs.getObject("due_at", OffsetDateTime.class).toInstant();
						OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
						Instant end = (ended != null) ? ended.toInstant() : now;
						if (!end.isAfter(due)) {
							return null;
						}
						String step = rs.getString("step");
						return new HistoryEntry(due, "DEADLINE_MISSED", step, this.names.of(step, step), null, null,
								region, (ended != null) ? "ended " + ended.toInstant() : "still open", null, "audit");
					}, caseNumber)
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private static String join(String subject, String detail) {
		return (detail != null) ? subject + " " + detail : subject;
	}

}
