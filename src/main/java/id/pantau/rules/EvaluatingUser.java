package id.pantau.rules;

import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.producer.DefaultDmnHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

import org.springframework.stereotype.Component;

/**
 * Camunda records the person who evaluated a decision only for a standalone evaluation. A
 * decision evaluated inside a process while a person acts (Pantau's evaluations for a
 * step, a business rule task run by a completion) gets his name too, so the decision
 * history says who shaped the case. Timers and jobs have no person: none is recorded.
 */
@Component
class EvaluatingUser extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDmnHistoryEventProducer(new DefaultDmnHistoryEventProducer() {

			@Override
			protected HistoricDecisionInstanceEntity createDecisionEvaluatedEvt(
					DmnDecisionLogicEvaluationEvent evaluationEvent, ExecutionEntity execution) {
				HistoricDecisionInstanceEntity event = super.createDecisionEvaluatedEvt(evaluationEvent, execution);
				setUserId(event);
				return event;
			}

		});
	}

}
