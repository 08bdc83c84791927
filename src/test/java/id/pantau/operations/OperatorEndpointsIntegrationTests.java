package id.pantau.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.Api;
import id.pantau.CaseWalk;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's monitoring sees: Prometheus figures for administrators only
 * (Pantau's and the engine's), and liveness and readiness probes for anyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@AutoConfigureObservability(tracing = false)
class OperatorEndpointsIntegrationTests {

	private static final String PROMETHEUS = "/actuator/prometheus";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	PantauMetrics metrics;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void showsPrometheusFiguresToAdministratorsOnly() {
		ResponseEntity<String> anonymous = this.rest.getForEntity(PROMETHEUS, String.class);
		ResponseEntity<String> intake = as("intake-prob").getForEntity(PROMETHEUS, String.class);
		ResponseEntity<String> auditor = as("auditor").getForEntity(PROMETHEUS, String.class);
		ResponseEntity<String> admin = as("admin").getForEntity(PROMETHEUS, String.class);

		assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(intake.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("pantau_registrations_total", "pantau_audit_chain_intact",
				"camunda_job_acquired_success_total", "camunda_job_acquisition_attempt_total",
				"camunda_job_successful_total", "camunda_job_failed_total", "hikaricp_connections_active");
	}

	@Test
	void countsARegistrationOnceItIsCommitted() {
		double before = value(scrape(), "pantau_registrations_total");

		CaseWalk.registered(this.rest, "probolinggo");

		assertThat(value(scrape(), "pantau_registrations_total")).isEqualTo(before + 1);
	}

	@Test
	void countsCompletedStepsOpenAndOverdueTasksAndRefusedRequests() {
		double refusedBefore = valueOrZero(scrape(), "pantau_requests_refused_total\\{.*reason=\"forbidden\".*}");
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan").accept();
		Api.as(this.rest, "auditor").post("/api/tasks/" + walk.taskId("Task_AssignTeam") + "/claim");

		this.metrics.refreshTasks();
		String figures = scrape();

		assertThat(value(figures, "pantau_completions_total\\{.*step=\"Task_VerifyCase\".*}")).isPositive();
		assertThat(value(figures, "pantau_tasks_open\\{.*region=\"pamekasan\",step=\"Task_AssignTeam\".*}"))
			.isPositive();
		assertThat(figures).containsPattern("pantau_tasks_overdue\\{.*region=\"pamekasan\",step=\"Task_AssignTeam\"");
		assertThat(value(figures, "pantau_requests_refused_total\\{.*reason=\"forbidden\".*}"))
			.isEqualTo(refusedBefore + 1);
	}

	@Test
	void countsTheJobsTheEngineExecutes() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.singleResult()
			.getId();
		Job reminder = this.management.createJobQuery().processInstanceId(instance).timers().listPage(0, 1).get(0);
		double before = value(scrape(), "camunda_job_successful_total");

		this.management.executeJob(reminder.getId());

		assertThat(value(scrape(), "camunda_job_successful_total")).isEqualTo(before + 1);
	}

	@Test
	void reportsTheLastVerificationOfTheAuditChain() {
		CaseWalk.registered(this.rest, "probolinggo");

		this.metrics.verifyChain();

		String figures = scrape();
		assertThat(value(figures, "pantau_audit_chain_intact")).isEqualTo(1.0);
		assertThat(value(figures, "pantau_audit_chain_entries")).isPositive();
	}

	@Test
	void answersLivenessAndReadinessToAnyone() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			ResponseEntity<String> answer = this.rest.getForEntity(probe, String.class);
			assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
			assertThat(answer.getBody()).as(probe).contains("\"status\":\"UP\"");
		}
	}

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, Api.DEMO_PASSWORD);
	}

	private String scrape() {
		ResponseEntity<String> answer = as("admin").getForEntity(PROMETHEUS, String.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	/** The value of the one series whose name and labels match. */
	private static double value(String figures, String series) {
		Matcher m = Pattern.compile("(?m)^" + series + "(\\{[^}]*})? ([-+0-9.eENa]+)$").matcher(figures);
		assertThat(m.find()).as("%s in\n%s", series, figures).isTrue();
		double value = Double.parseDouble(m.group(2));
		assertThat(m.find()).as("only one series %s", series).isFalse();
		return value;
	}

	private static double valueOrZero(String figures, String series) {
		return Pattern.compile("(?m)^" + series + " ").matcher(figures).find() ? value(figures, series) : 0;
	}

}
