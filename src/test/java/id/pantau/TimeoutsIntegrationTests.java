package id.pantau;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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
		String number = register("B-77/TIMEOUT/2024");
		CaseWalk.act(this.rest, "intake-prob", number, "Task_VerifyCase",
				Map.of("outcome", "INCOMPLETE", "missingItems", "Tangkapan layar unggahan"));
		assertThat(CaseWalk.steps(this.rest, number)).containsExactly("Task_AwaitCompletion");

		fireTimerOf(number);

		JsonNode closed = Api.as(this.rest, "auditor").get("/api/cases/" + number).getBody();
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("closureReason").asText()).isEqualTo("INCOMPLETE");
		assertThat(types(number)).contains("TIMER_FIRED").endsWith("CASE_ENDED");
	}

	@Test
	void reopensVerificationWhenMissingDocumentsArrive() {
		String number = register("B-78/TIMEOUT/2024");
		CaseWalk.act(this.rest, "intake-prob", number, "Task_VerifyCase",
				Map.of("outcome", "INCOMPLETE", "missingItems", "Surat pengantar"));
		CaseWalk.act(this.rest, "intake-prob", number, "Task_AwaitCompletion",
				Map.of("receivedOn", java.time.LocalDate.now().toString(), "note", "Sudah dilengkapi"));
		assertThat(CaseWalk.steps(this.rest, number)).containsExactly("Task_VerifyCase");
		assertThat(timersOf(number)).isEmpty();
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
			.toList();
	}

	private List<String> types(String number) {
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/history").getBody();
		return history.findValuesAsText("type");
	}

	private String register(String reference) {
		var registered = Api.as(this.rest, "intake-prob")
			.post("/api/cases", CaseFixture.registration("probolinggo", reference));
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return registered.getBody().get("number").asText();
	}

}
