package id.pantau;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timers of the route in the running application: an incomplete report that stays
 * incomplete closes the case; an appeal window that passes unused moves on to the
 * follow-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class TimeoutsIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Test
	void closesIncompleteCaseWhenDocumentsNeverArrive() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo")
			.act("intake-prob", "Task_VerifyCase",
					Map.of("outcome", "INCOMPLETE", "missingItems", "Tangkapan layar unggahan"));
		assertThat(walk.steps()).containsExactly("Task_AwaitCompletion");

		fireTimerOf(walk.caseNumber());

		JsonNode closed = walk.view();
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("closureReason").asText()).isEqualTo("INCOMPLETE");
		assertThat(types(walk.caseNumber())).contains("TIMER_FIRED").endsWith("CASE_ENDED");
	}

	@Test
	void reopensVerificationWhenMissingDocumentsArrive() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo")
			.act("intake-prob", "Task_VerifyCase", Map.of("outcome", "INCOMPLETE", "missingItems", "Surat pengantar"))
			.act("intake-prob", "Task_AwaitCompletion",
					Map.of("receivedOn", java.time.LocalDate.now().toString(), "note", "Sudah dilengkapi"));
		assertThat(walk.steps()).containsExactly("Task_VerifyCase");
		assertThat(timersOf(walk.caseNumber())).isEmpty();
	}

	private void fireTimerOf(String number) {
		List<Job> timers = timersOf(number);
		assertThat(timers).hasSize(1);
		this.management.executeJob(timers.get(0).getId());
	}

	private List<Job> timersOf(String number) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.listPage(0, 10)
			.stream()
			.flatMap((pi) -> this.management.createJobQuery()
				.timers()
				.processInstanceId(pi.getId())
				.listPage(0, 10)
				.stream())
			// the steps' reminder and escalation timers are not route timers
			.filter((job) -> !TimerTaskListenerJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
			.toList();
	}

	private List<String> types(String number) {
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/history").getBody();
		// the route as the engine ran it; Pantau's audit log adds the data around it
		List<String> types = new java.util.ArrayList<>();
		history.forEach((e) -> {
			if ("engine".equals(e.get("source").asText())) {
				types.add(e.get("type").asText());
			}
		});
		return types;
	}

}
