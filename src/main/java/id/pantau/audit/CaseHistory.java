package id.pantau.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.escalation.Notifications;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the history of a case from the engine: steps entered and left, claims,
 * completions and the outcomes they recorded, timers and administrative operations,
 * oldest first.
 */
@Component
public class CaseHistory {

	/** Most rows read per instance and kind. */
	private static final int LIMIT = 1000;

	/** Activity types worth showing; gateways and flows are not. */
	private static final Set<String> SHOWN = Set.of("startEvent", "noneEndEvent", "userTask", "callActivity",
			"boundaryTimer", "intermediateTimer", "serviceTask");

	/** Variables that carry ids, not outcomes. */
	private static final Set<String> IDS = Set.of(Variables.CASE_ID, Variables.REGION);

	private final HistoryService history;

	private final MessageSource messages;

	private final Notifications notifications;

	CaseHistory(HistoryService history, MessageSource messages, Notifications notifications) {
		this.history = history;
		this.messages = messages;
		this.notifications = notifications;
	}

	/**
	 * The history of the case, oldest first; the caller checks that the case is readable.
	 */
	public List<HistoryEntry> of(String caseNumber) {
		List<HistoryEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance instance : this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseNumber)
			.listPage(0, 100)) {
			Map<String, String> activityOf = new HashMap<>();
			entries.addAll(activities(instance, activityOf));
			entries.addAll(operations(instance.getId(), activityOf));
			entries.addAll(outcomes(instance.getId(), activityOf));
		}
		entries.addAll(notifications(caseNumber));
		entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::type, this::typeOrder));
		return entries;
	}

	private List<HistoryEntry> activities(HistoricProcessInstance instance, Map<String, String> activityOf) {
		List<HistoryEntry> entries = new ArrayList<>();
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
				entries.addAll(entriesOf(a, instance));
			}
		}
		return entries;
	}

	private List<HistoryEntry> entriesOf(HistoricActivityInstance a, HistoricProcessInstance instance) {
		String name = stepName(a.getActivityId(), a.getActivityName());
		List<HistoryEntry> entries = new ArrayList<>();
		switch (a.getActivityType()) {
			case "startEvent" -> entries.add(entry(a.getStartTime(), "CASE_STARTED", a.getActivityId(), name,
					instance.getStartUserId(), instance.getProcessDefinitionKey()));
			case "noneEndEvent" -> entries.add(entry(a.getStartTime(), "CASE_ENDED", a.getActivityId(), name, null,
					instance.getProcessDefinitionKey()));
			case "boundaryTimer", "intermediateTimer" ->
				entries.add(entry(a.getStartTime(), "TIMER_FIRED", a.getActivityId(), name, null, null));
			default -> {
				entries.add(entry(a.getStartTime(), "STEP_STARTED", a.getActivityId(), name, null, null));
				if (a.getEndTime() != null) {
					entries.add(entry(a.getEndTime(), "STEP_ENDED", a.getActivityId(), name, a.getAssignee(),
							a.isCanceled() ? "canceled" : null));
				}
			}
		}
		return entries;
	}

	private List<HistoryEntry> operations(String instanceId, Map<String, String> activityOf) {
		List<HistoryEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (UserOperationLogEntry op : this.history.createUserOperationLogQuery()
			.processInstanceId(instanceId)
			.listPage(0, LIMIT)) {
			if (seen.add(op.getOperationId() + op.getOperationType())) {
				String step = (op.getTaskId() != null) ? activityOf.get("task:" + op.getTaskId()) : null;
				entries.add(entry(op.getTimestamp(), operationType(op), step, stepName(step, step), op.getUserId(),
						operationDetail(op)));
			}
		}
		return entries;
	}

	private List<HistoryEntry> outcomes(String instanceId, Map<String, String> activityOf) {
		List<HistoryEntry> entries = new ArrayList<>();
		for (HistoricDetail detail : this.history.createHistoricDetailQuery()
			.processInstanceId(instanceId)
			.variableUpdates()
			.listPage(0, LIMIT)) {
			HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
			if (!IDS.contains(update.getVariableName())) {
				String step = activityOf.get(update.getActivityInstanceId());
				String actor = activityOf.get("assignee:" + update.getActivityInstanceId());
				entries.add(entry(update.getTime(), "OUTCOME_RECORDED", step, stepName(step, step), actor,
						update.getVariableName() + " = " + update.getValue()));
			}
		}
		return entries;
	}

	/** Reminders and escalations of overdue steps (issue 3). */
	private List<HistoryEntry> notifications(String caseNumber) {
		return this.notifications.ofCase(caseNumber)
			.stream()
			.map((n) -> new HistoryEntry(n.at(), "NOTIFICATION_SENT", n.step(), stepName(n.step(), n.step()), null,
					n.kind() + " -> " + n.recipientGroup()))
			.toList();
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

	private int typeOrder(String a, String b) {
		List<String> order = List.of("CASE_STARTED", "STEP_ENDED", "TIMER_FIRED", "TASK_CLAIMED", "TASK_UNCLAIMED",
				"TASK_ASSIGNED", "OUTCOME_RECORDED", "TASK_COMPLETED", "OPERATION", "NOTIFICATION_SENT", "STEP_STARTED",
				"CASE_ENDED");
		return Integer.compare(order.indexOf(a), order.indexOf(b));
	}

	private String stepName(String activityId, String fallback) {
		if (activityId == null) {
			return null;
		}
		return this.messages.getMessage("step." + activityId, null, fallback, LocaleContextHolder.getLocale());
	}

	private static HistoryEntry entry(Date at, String type, String step, String name, String actor, String detail) {
		return new HistoryEntry(at.toInstant(), type, step, name, actor, detail);
	}

}
