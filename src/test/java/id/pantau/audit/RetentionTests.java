package id.pantau.audit;

import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's history time-to-live is configuration, applied to every model. */
@SpringBootTest(properties = "pantau.audit.history-time-to-live-days=400")
@ActiveProfiles({ "local", "test" })
class RetentionTests {

	@Autowired
	RepositoryService repository;

	@Test
	void appliesTheConfiguredHistoryTimeToLiveToEveryProcess() {
		assertThat(this.repository.createProcessDefinitionQuery().list()).isNotEmpty()
			.extracting(ProcessDefinition::getHistoryTimeToLive)
			.containsOnly(400);
		assertThat(this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(NeutralityCaseProcess.KEY)
			.latestVersion()
			.singleResult()
			.getHistoryTimeToLive()).isEqualTo(400);
	}

}
