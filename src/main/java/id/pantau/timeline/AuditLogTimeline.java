package id.pantau.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.pantau.audit.AuditEntry;
import id.pantau.audit.AuditTrail;
import id.pantau.intake.StepTimes;
import id.pantau.shared.BusinessTime;
import org.camunda.bpm.engine.HistoryService;

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

	private final AuditTrail trail;

	private final StepTimes steps;

	private final HistoryService history;

	private final StepNames names;

	AuditLogTimeline(AuditTrail trail, StepTimes steps, HistoryService history, StepNames names) {
		this.trail = trail;
		this.steps = steps;
		this.history = history;
		this.names = names;
	}

	@Override
	public List<HistoryEntry> entriesOf(String caseNumber, String region) {
		boolean engineHasHistory = this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseNumber)
			.count() > 0;
		List<HistoryEntry> entries = new ArrayList<>();
		for (AuditEntry e : this.trail.ofCase(caseNumber)) {
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
		return this.steps.ofCase(caseNumber)
			.stream()
			.filter((s) -> s.lateAt(now))
			.map((s) -> new HistoryEntry(s.dueAt(), "DEADLINE_MISSED", s.stepKey(),
					this.names.of(s.stepKey(), s.stepKey()), null, null, region,
					(s.endedAt() != null) ? "ended " + s.endedAt() : "still open", null, "audit"))
			.toList();
	}

	private static String join(String subject, String detail) {
		return (detail != null) ? subject + " " + detail : subject;
	}

}
