package id.pantau.intake;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes a case when the main route reaches one of its end events; called from the model
 * as {@code ${caseClosure.close(execution, 'REASON')}}. Public because the engine's
 * expression language calls it by reflection.
 */
@Component("caseClosure")
public class CaseClosure {

	private static final Logger log = LoggerFactory.getLogger(CaseClosure.class);

	private final Cases cases;

	private final ApplicationEventPublisher events;

	CaseClosure(Cases cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	/** Marks the case of this execution closed for the given reason. */
	public void close(DelegateExecution execution, String reason) {
		long caseId = ((Number) execution.getVariable(Variables.CASE_ID)).longValue();
		NeutralityCase closed = this.cases.findById(caseId)
			.orElseThrow(() -> new IllegalStateException("Process refers to missing case " + caseId));
		closed.close(ClosureReason.valueOf(reason), BusinessTime.now());
		this.events.publishEvent(new CaseClosed(caseId, closed.caseNumber(), reason));
		log.info("Case {} closed: {}", closed.caseNumber(), reason);
	}

}
