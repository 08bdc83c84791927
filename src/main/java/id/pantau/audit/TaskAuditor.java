package id.pantau.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.tasks.TaskCompleted;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the life of every user task in the audit log: created (with its deadline),
 * claimed, unclaimed, completed with the form data that mattered, cancelled. Runs inside
 * the engine's transaction. (The step record, {@code audit_step}, is intake's.)
 */
@Component
class TaskAuditor {

	/** Payload fields that carry the reason for an outcome. */
	private static final List<String> REASONS = List.of("reason", "remarks", "grounds", "refusalNote", "note");

	private final AuditLog log;

	private final AuditActors actors;

	private final ObjectMapper json;

	TaskAuditor(AuditLog log, AuditActors actors, ObjectMapper json) {
		this.log = log;
		this.actors = actors;
		this.json = json;
	}

	@EventListener
	void on(DelegateTask task) {
		String caseNumber = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		if (caseNumber == null) {
			return;
		}
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> created(task, caseNumber);
			case TaskListener.EVENTNAME_ASSIGNMENT -> record(task, caseNumber, assignment(task), assignee(task), null);
			case TaskListener.EVENTNAME_COMPLETE -> ended(task, caseNumber, "COMPLETED");
			case TaskListener.EVENTNAME_DELETE -> ended(task, caseNumber, "CANCELED");
			default -> {
			}
		}
	}

	@EventListener
	void on(TaskCompleted completed) {
		AuditActors.Actor actor = this.actors.named(completed.username());
		JsonNode payload = this.json.valueToTree(completed.payload());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("taskId", completed.taskId());
		detail.put("payload", payload);
		detail.put("outcome", completed.variables());
		this.log.record(new AuditRecord(actor.username(), actor.roles(), completed.region(), completed.caseNumber(),
				"TASK_COMPLETED", completed.step(), write(detail), reason(payload)));
	}

	private void created(DelegateTask task, String caseNumber) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("taskId", task.getId());
		detail.put("due", (task.getDueDate() != null) ? task.getDueDate().toInstant().toString() : null);
		detail.put("candidateGroups",
				task.getCandidates()
					.stream()
					.map((l) -> (l.getGroupId() != null) ? l.getGroupId() : l.getUserId())
					.toList());
		record(task, caseNumber, "TASK_CREATED", detail, null);
	}

	private void ended(DelegateTask task, String caseNumber, String kind) {
		if ("CANCELED".equals(kind)) {
			record(task, caseNumber, "TASK_CANCELED", Map.of("taskId", task.getId()), task.getDeleteReason());
		}
		else if (!this.log.recordedInThisTransaction("TASK_COMPLETED", task.getTaskDefinitionKey())) {
			record(task, caseNumber, "TASK_COMPLETED", Map.of("taskId", task.getId()), null);
		}
	}

	private void record(DelegateTask task, String caseNumber, String action, Map<String, ?> detail, String reason) {
		AuditActors.Actor actor = this.actors.current();
		this.log.record(new AuditRecord(actor.username(), actor.roles(), task.getTenantId(), caseNumber, action,
				task.getTaskDefinitionKey(), write(detail), reason));
	}

	/** Taken by oneself, given back, or given to someone by another (reassigned). */
	private String assignment(DelegateTask task) {
		if (task.getAssignee() == null) {
			return "TASK_UNCLAIMED";
		}
		return task.getAssignee().equals(this.actors.current().username()) ? "TASK_CLAIMED" : "TASK_ASSIGNED";
	}

	private static Map<String, Object> assignee(DelegateTask task) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("taskId", task.getId());
		detail.put("assignee", task.getAssignee());
		return detail;
	}

	private static String reason(JsonNode payload) {
		return REASONS.stream()
			.map(payload::get)
			.filter((n) -> n != null && n.isTextual() && !n.asText().isBlank())
			.map(JsonNode::asText)
			.findFirst()
			.orElse(null);
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit detail not serializable", ex);
		}
	}

	static OffsetDateTime utc(java.time.Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static OffsetDateTime utc(Date at) {
		return (at != null) ? utc(at.toInstant()) : null;
	}

}
