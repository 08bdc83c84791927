package id.pantau.tasks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.HttpLoad.Burst;
import id.pantau.HttpLoad;
import id.pantau.TestCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder of a task sends its completion fifty times at once (a double click, a retry
 * storm): one completes it, the others are told it is done already, none gets a server
 * error, and the step's records exist once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ConcurrentCompletionsIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(ConcurrentCompletionsIntegrationTests.class);

	private static final int BURST = 50;

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	HttpLoad load;

	@BeforeEach
	void startClient() {
		this.load = new HttpLoad(URI.create("http://localhost:" + this.port), BURST);
	}

	@AfterEach
	void stopClient() {
		this.load.close();
	}

	@Test
	void completesTeamAssignmentOnceAndAnswersConflictToTheOtherFortyNine() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();

		Burst burst = completeAtOnce(walk, "inspektur-prob", "Task_AssignTeam",
				Map.of("members", List.of("insp1-prob", "insp2-prob"), "examinationBoard", false));

		assertOneCompletedAndTheRestRefused(burst);
		assertThat(walk.steps()).containsExactly("Task_IssueSummons");
		assertThat(investigation(walk).get("team")).hasSize(2);
	}

	@Test
	void completesSummonsOnceAndAnswersConflictToTheOtherFortyNine() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob");
		LocalDate issued = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);

		Burst burst = completeAtOnce(walk, "insp1-prob", "Task_IssueSummons",
				Map.of("letterNumber", "700/" + walk.caseNumber(), "issuedOn", issued.toString(), "hearingAt",
						hearing.atTime(9, 0).toString(), "place", "Kantor Inspektorat"));

		assertOneCompletedAndTheRestRefused(burst);
		assertThat(walk.steps()).containsExactly("Task_RecordAttendance");
		assertThat(investigation(walk).get("summons")).hasSize(1);
	}

	private Burst completeAtOnce(CaseWalk walk, String holder, String step, Map<String, ?> payload) {
		String taskId = walk.taskId(step);
		assertThat(Api.as(this.rest, holder).post("/api/tasks/" + taskId + "/claim").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		List<HttpRequest> completions = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			completions.add(this.load.post(holder, "/api/tasks/" + taskId + "/complete", payload));
		}
		Burst burst = this.load.burst(completions);
		log.info("{} x 50 completions: {}", step, burst.summary());
		return burst;
	}

	private JsonNode investigation(CaseWalk walk) {
		return Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/investigation").getBody();
	}

	private void assertOneCompletedAndTheRestRefused(Burst burst) {
		assertThat(burst.serverErrors()).as(burst.summary()).isZero();
		assertThat(burst.count(200)).as(burst.summary()).isEqualTo(1);
		assertThat(burst.count(409)).as(burst.summary()).isEqualTo(BURST - 1);
		assertThat(burst.answers()).filteredOn((a) -> a.status() == 409)
			.allSatisfy((a) -> assertThat(a.header("Content-Type")).startsWith("application/problem+json"));
	}

}
