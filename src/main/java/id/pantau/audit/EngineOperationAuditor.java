package id.pantau.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies administrative operations on a case (Cockpit, REST: modify, suspend, set
 * variables, delete, ...) from the engine's user operation log into the audit log, in the
 * engine's transaction, so they outlive the engine's history.
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
				|| !UserOperationLogEntry.CATEGORY_OPERATOR.equals(op.getCategory())) {
			return;
		}
		AuditActors.Actor actor = this.actors.named(op.getUserId());
		HistoricProcessInstance instance = (op.getRootProcessInstanceId() != null)
				? this.history.createHistoricProcessInstanceQuery()
					.processInstanceId(op.getRootProcessInstanceId())
					.singleResult()
				: null;
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("operationId", op.getOperationId());
		detail.put("entityType", op.getEntityType());
		detail.put("property", op.getProperty());
		detail.put("from", op.getOrgValue());
		detail.put("to", op.getNewValue());
		detail.put("processInstanceId", op.getProcessInstanceId());
		this.log.record(new AuditRecord(actor.username(), actor.roles(),
				(instance != null) ? instance.getTenantId() : op.getTenantId(),
				(instance != null) ? instance.getBusinessKey() : null, "ADMIN_OPERATION", op.getOperationType(),
				write(detail), op.getAnnotation()));
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
