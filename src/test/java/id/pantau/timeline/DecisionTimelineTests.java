package id.pantau.timeline;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any decision table evaluated on a case appears in its timeline with inputs, outputs and
 * the version of the table, whatever the table is.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class DecisionTimelineTests {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	DecisionTimeline timeline;

	@Autowired
	ObjectMapper json;

	@Test
	void showsEachEvaluationWithInputsOutputsAndVersion() throws Exception {
		this.repository.createDeployment()
			.addClasspathResource("audit/test-decision.dmn")
			.addModelInstance("audit-decision-test.bpmn",
					Bpmn.createExecutableProcess("AuditDecisionTestProcess")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.businessRuleTask("Task_RecommendLevel")
						.camundaDecisionRef("AuditTestDecision")
						.camundaResultVariable("level")
						.camundaMapDecisionResult("singleEntry")
						.endEvent()
						.done())
			.deploy();
		this.repository.createDeployment()
			.addClasspathResource("audit/test-decision.dmn")
			.enableDuplicateFiltering(false)
			.deploy();

		this.runtime.startProcessInstanceByKey("AuditDecisionTestProcess", "TEST-DMN-1", Map.of("act", "BANNER"));

		List<HistoryEntry> entries = this.timeline.entriesOf("TEST-DMN-1", "probolinggo");
		assertThat(entries).hasSize(1);
		HistoryEntry entry = entries.get(0);
		assertThat(entry.type()).isEqualTo("DECISION_EVALUATED");
		assertThat(entry.stepKey()).isEqualTo("Task_RecommendLevel");
		assertThat(entry.region()).isEqualTo("probolinggo");
		JsonNode detail = this.json.readTree(entry.detail());
		assertThat(detail.get("decision").asText()).isEqualTo("AuditTestDecision");
		assertThat(detail.get("version").asInt()).isEqualTo(2);
		assertThat(detail.at("/inputs/Perbuatan").asText()).isEqualTo("BANNER");
		assertThat(detail.at("/outputs/0/level").asText()).isEqualTo("SEVERE");
	}

}
