package id.pantau.timeline;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.springframework.stereotype.Component;

/**
 * The engine's process instances of a case (main route and sub-routes), from its history.
 */
@Component
class CaseInstances {

	/** More than any case runs; a bound for the query. */
	private static final int LIMIT = 100;

	private final HistoryService history;

	CaseInstances(HistoryService history) {
		this.history = history;
	}

	/** The case's instances, running or ended (its number is their business key). */
	List<HistoricProcessInstance> of(String caseNumber) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(caseNumber)
			.listPage(0, LIMIT);
	}

}
