package id.pantau.timeline;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.audit.AuditActors;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

import org.springframework.stereotype.Component;

/**
 * The engine's full history of a case: steps entered and left, claims, completions and
 * the outcomes they recorded, timers, incidents and administrative operations.
 */
@Component
class EngineTimeline implements TimelineSource {

	/** Most rows read per instance and kind. */
	private static final int LIMIT = 1000;

	/** Activity types worth showing; gateways and flows are not. */
	private static final Set<String> SHOWN = Set.of("startEvent", "noneEndEvent", "userTask", "callActivity",
			"boundaryTimer", "intermediateTimer", "serviceTask", "businessRuleTask");

	/** Variables that carry ids, not outcomes. */
	private static final Set<String> IDS = Set.of(Variables.CASE_ID, Variables.REGION);

	private final HistoryService history;

	private final CaseInstances instances;

	private final StepNames names;

	private final AuditActors actors;

	EngineTimeline(HistoryService history, CaseInstances instances, StepNames names, AuditActors actors) {
		this.history = history;
		this.instances = instances;
		this.names = names;
		this.actors = actors;
	}

	@Override
	public List<HistoryEntry> entriesOf(String caseNumber, String region) {
		List<HistoryEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance instance : this.instances.of(caseNumber)) {
			Map<String, String> activityOf = new HashMap<>();
			Builder b = new Builder(region);
			activities(instance, activityOf, b);
			operations(instance.getId(), activityOf, b);
			outcomes(instance.getId(), activityOf, b);
			incidents(instance.getId(), b);
			entries.addAll(b.entries);
		}
		return entries;
	}

	private void activities(HistoricProcessInstance instance, Map<String, String> activityOf, Builder b) {
		for (HistoricActivityInstance a : this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.orderPartiallyByOccurrence()
			.asc()
			.listPage(0, LIMIT)) {
			activityOf.put(a.getId(), a.getActivityId());
			if (a.getAssignee() != null) {
				activityOf.put("assignee:" + a.getId(), a.getAssignee());
			}
			if (a.getTaskId() != null) {
				activityOf.put("task:" + a.getTaskId(), a.getActivityId());
			}
			if (SHOWN.contains(a.getActivityType())) {
				activity(a, instance, b);
			}
		}
	}

	private void activity(HistoricActivityInstance a, HistoricProcessInstance instance, Builder b) {
		String id = a.getActivityId();
		switch (a.getActivityType()) {
			case "startEvent" -> b.add(a.getStartTime(), "CASE_STARTED", id, a.getActivityName(),
					instance.getStartUserId(), instance.getProcessDefinitionKey(), null);
			case "noneEndEvent" -> b.add(a.getStartTime(), "CASE_ENDED", id, a.getActivityName(), null,
					instance.getProcessDefinitionKey(), null);
			case "boundaryTimer", "intermediateTimer" ->
				b.add(a.getStartTime(), "TIMER_FIRED", id, a.getActivityName(), null, null, null);
			default -> {
				b.add(a.getStartTime(), "STEP_STARTED", id, a.getActivityName(), null, null, null);
				if (a.getEndTime() != null) {
					b.add(a.getEndTime(), "STEP_ENDED", id, a.getActivityName(), a.getAssignee(),
							a.isCanceled() ? "canceled" : null, null);
				}
			}
		}
	}

	private void operations(String instanceId, Map<String, String> activityOf, Builder b) {
		Set<String> seen = new HashSet<>();
		for (UserOperationLogEntry op : this.history.createUserOperationLogQuery()
			.processInstanceId(instanceId)
			.listPage(0, LIMIT)) {
			if (seen.add(op.getOperationId() + op.getOperationType())) {
				String step = (op.getTaskId() != null) ? activityOf.get("task:" + op.getTaskId()) : null;
				b.add(op.getTimestamp(), operationType(op), step, step, op.getUserId(), operationDetail(op),
						op.getAnnotation());
			}
		}
	}

	private void outcomes(String instanceId, Map<String, String> activityOf, Builder b) {
		for (HistoricDetail detail : this.history.createHistoricDetailQuery()
			.processInstanceId(instanceId)
			.variableUpdates()
			.listPage(0, LIMIT)) {
			HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
			if (!IDS.contains(update.getVariableName())) {
				String step = activityOf.get(update.getActivityInstanceId());
				String actor = activityOf.get("assignee:" + update.getActivityInstanceId());
				b.add(update.getTime(), "OUTCOME_RECORDED", step, step, actor,
						update.getVariableName() + " = " + update.getValue(), null);
			}
		}
	}

	private void incidents(String instanceId, Builder b) {
		for (HistoricIncident incident : this.history.createHistoricIncidentQuery()
			.processInstanceId(instanceId)
			.listPage(0, LIMIT)) {
			b.add(incident.getCreateTime(), "INCIDENT", incident.getActivityId(), incident.getActivityId(), null,
					incident.getIncidentType() + ": " + incident.getIncidentMessage(), null);
			if (incident.getEndTime() != null) {
				b.add(incident.getEndTime(), "INCIDENT_RESOLVED", incident.getActivityId(), incident.getActivityId(),
						null, incident.isDeleted() ? "deleted" : "resolved", null);
			}
		}
	}

	private static String operationType(UserOperationLogEntry op) {
		return switch (op.getOperationType()) {
			case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "TASK_CLAIMED";
			case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> "TASK_COMPLETED";
			case UserOperationLogEntry.OPERATION_TYPE_ASSIGN ->
				(op.getNewValue() == null) ? "TASK_UNCLAIMED" : "TASK_ASSIGNED";
			default -> "OPERATION";
		};
	}

	private static String operationDetail(UserOperationLogEntry op) {
		if (UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(op.getOperationType())
				|| UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())) {
			return null;
		}
		return op.getOperationType() + ((op.getProperty() != null)
				? " " + op.getProperty() + ": " + op.getOrgValue() + " -> " + op.getNewValue() : "");
	}

	/** Collects the entries of one instance with names, roles and region filled in. */
	private final class Builder {

		private final String region;

		private final List<HistoryEntry> entries = new ArrayList<>();

		Builder(String region) {
			this.region = region;
		}

		void add(Date at, String type, String step, String fallbackName, String actor, String detail, String reason) {
			String role = (actor != null) ? EngineTimeline.this.actors.named(actor).roles() : null;
			this.entries
				.add(new HistoryEntry(at.toInstant(), type, step, EngineTimeline.this.names.of(step, fallbackName),
						actor, role, this.region, detail, reason, "engine"));
		}

	}

}
