package id.pantau.intake;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Closes a case whose main process instance an administrator deleted (Cockpit, Camunda's
 * REST API, a deletion batch, or a sub-process deleted with it), so no case stays open
 * without a step. Listens to the engine's history event for the end of the instance,
 * which the engine writes also when the deletion skips custom listeners and I/O mappings;
 * runs in the deleting transaction.
 */
@Component
class CaseCancellation {

	private static final Logger log = LoggerFactory.getLogger(CaseCancellation.class);

	private final Cases cases;

	private final ApplicationEventPublisher events;

	CaseCancellation(Cases cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	@EventListener
	void on(HistoryEvent event) {
		if (!(event instanceof HistoricProcessInstanceEventEntity ended)
				|| !HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(ended.getEventType())
				|| !NeutralityCaseProcess.KEY.equals(ended.getProcessDefinitionKey())
				|| !HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(ended.getState())
				|| ended.getBusinessKey() == null) {
			return;
		}
		this.cases.findByCaseNumber(ended.getBusinessKey())
			.filter((c) -> c.status() == CaseStatus.OPEN)
			.ifPresent((cancelled) -> {
				cancelled.close(ClosureReason.ADMINISTRATIVELY_CANCELLED, BusinessTime.now());
				String deletedBy = deletedBy();
				this.events.publishEvent(new CaseCancelled(cancelled.caseNumber(), cancelled.regionCode(),
						ended.getProcessInstanceId(), ended.getDeleteReason(), deletedBy));
				this.events.publishEvent(new CaseClosed(cancelled.id(), cancelled.caseNumber(),
						ClosureReason.ADMINISTRATIVELY_CANCELLED.name()));
				log.warn("Case {} administratively cancelled: its process instance {} was deleted by {} ({})",
						cancelled.caseNumber(), ended.getProcessInstanceId(), deletedBy, ended.getDeleteReason());
			});
	}

	/**
	 * Who deleted the instance: the user the engine runs the command for, or, in a job of
	 * a deletion batch, the user who created the batch.
	 */
	private static String deletedBy() {
		CommandContext command = Context.getCommandContext();
		if (command == null) {
			return null;
		}
		Authentication authentication = command.getAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		JobEntity job = command.getCurrentJob();
		if (job == null || job.getJobDefinitionId() == null) {
			return null;
		}
		JobDefinitionEntity definition = command.getJobDefinitionManager().findById(job.getJobDefinitionId());
		BatchEntity batch = (definition != null && definition.getJobConfiguration() != null)
				? command.getBatchManager().findBatchById(definition.getJobConfiguration()) : null;
		return (batch != null) ? batch.getCreateUserId() : null;
	}

}
