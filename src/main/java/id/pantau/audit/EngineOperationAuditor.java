package id.pantau.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.intake.CaseCancelled;
import id.pantau.intake.ClosureReason;
import id.pantau.shared.EngineActor;
import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;

import org.springframework.beans.DirectFieldAccessor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies administrative operations on a case (Cockpit, Camunda's REST API: suspend,
 * activate, job retries, delete, history deletion, deployments where allowed, ...) from
 * the engine's user operation log into the audit log, in the engine's transaction, so
 * they outlive the engine's history. The engine's own log of Pantau's calls (a case
 * process started at registration) is no administrator operation: Pantau records those
 * business actions itself. A deleted case instance is also recorded as the case's
 * cancellation, with the administrator and his reason.
 */
@Component
class EngineOperationAuditor {

	private final AuditLog log;

	private final AuditActors actors;

	private final HistoryService history;

	private final ObjectMapper json;

	EngineOperationAuditor(AuditLog log, AuditActors actors, HistoryService history, ObjectMapper json) {
		this.log = log;
		this.actors = actors;
		this.history = history;
		this.json = json;
	}

	@EventListener
	void on(HistoryEvent event) {
		if (!(event instanceof UserOperationLogEntryEventEntity op)
				|| !UserOperationLogEntry.CATEGORY_OPERATOR.equals(op.getCategory()) || EngineActor.actsForPantau()) {
			return;
		}
		AuditActors.Actor actor = this.actors.named(op.getUserId());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("operationId", op.getOperationId());
		detail.put("entityType", op.getEntityType());
		detail.put("property", op.getProperty());
		detail.put("from", op.getOrgValue());
		detail.put("to", op.getNewValue());
		detail.put("processInstanceId", op.getProcessInstanceId());
		List<HistoricProcessInstance> instances = instancesOf(op);
		if (instances.isEmpty()) {
			this.log.record(new AuditRecord(actor.username(), actor.roles(), op.getTenantId(), null, "ADMIN_OPERATION",
					op.getOperationType(), write(detail), op.getAnnotation()));
		}
		for (HistoricProcessInstance instance : instances) {
			detail.put("processInstanceId", instance.getId());
			this.log.record(
					new AuditRecord(actor.username(), actor.roles(), instance.getTenantId(), instance.getBusinessKey(),
							"ADMIN_OPERATION", op.getOperationType(), write(detail), op.getAnnotation()));
		}
	}

	/**
	 * The case instances an operation concerns: its root instance, or the instances whose
	 * history the running command deletes (the engine logs those without an instance).
	 */
	private List<HistoricProcessInstance> instancesOf(UserOperationLogEntryEventEntity op) {
		if (op.getRootProcessInstanceId() != null) {
			return this.history.createHistoricProcessInstanceQuery()
				.processInstanceId(op.getRootProcessInstanceId())
				.list();
		}
		CommandInvocationContext invocation = Context.getCommandInvocationContext();
		if (UserOperationLogEntry.OPERATION_TYPE_DELETE_HISTORY.equals(op.getOperationType()) && invocation != null
				&& invocation.getCommand() instanceof DeleteHistoricProcessInstancesCmd deletion) {
			List<?> ids = (List<?>) new DirectFieldAccessor(deletion).getPropertyValue("processInstanceIds");
			if (ids != null && !ids.isEmpty()) {
				return this.history.createHistoricProcessInstanceQuery()
					.processInstanceIds(ids.stream().map(String::valueOf).collect(Collectors.toSet()))
					.list();
			}
		}
		return List.of();
	}

	@EventListener
	void on(CaseCancelled cancelled) {
		AuditActors.Actor actor = (cancelled.deletedBy() != null) ? this.actors.named(cancelled.deletedBy())
				: this.actors.current();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("processInstanceId", cancelled.processInstanceId());
		detail.put("closureReason", ClosureReason.ADMINISTRATIVELY_CANCELLED.name());
		this.log.record(new AuditRecord(actor.username(), actor.roles(), cancelled.region(), cancelled.caseNumber(),
				"CASE_CANCELLED", NeutralityCaseProcess.KEY, write(detail), cancelled.deleteReason()));
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit detail not serializable", ex);
		}
	}

}
