package id.pantau.audit;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives every deployed process and decision definition the configured history
 * time-to-live, so retention is configuration, not a value baked into each model.
 */
@Component
class HistoryRetention implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	private static final int PAGE = 500;

	private final RepositoryService repository;

	private final int days;

	HistoryRetention(RepositoryService repository, AuditProperties properties) {
		this.repository = repository;
		this.days = properties.historyTimeToLiveDays();
	}

	@Override
	public void run(ApplicationArguments args) {
		for (ProcessDefinition d : this.repository.createProcessDefinitionQuery().listPage(0, PAGE)) {
			if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != this.days) {
				this.repository.updateProcessDefinitionHistoryTimeToLive(d.getId(), this.days);
				log.info("History time-to-live of {} v{} set to {} days", d.getKey(), d.getVersion(), this.days);
			}
		}
		for (DecisionDefinition d : this.repository.createDecisionDefinitionQuery().listPage(0, PAGE)) {
			if (d.getHistoryTimeToLive() == null || d.getHistoryTimeToLive() != this.days) {
				this.repository.updateDecisionDefinitionHistoryTimeToLive(d.getId(), this.days);
			}
		}
	}

}
