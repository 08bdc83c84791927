package id.pantau;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Camunda's REST API is no back door around Pantau's rules and record: the administrator
 * may repair (suspend, retry, delete = cancel a case), always on record with his name,
 * but he cannot move a case along its route, and nobody deploys models through it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class EngineBackDoorIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	String base;

	@BeforeEach
	void engineRest() {
		this.base = "/engine-rest/engine/" + this.engine.getName();
	}

	@Test
	void refusesCompletingThePpksDecisionThroughTheEngineAndLetsThePpkDecide() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_DecideSanction");
		Map<String, Object> variables = Map.of("variables",
				Map.of("decisionOutcome", Map.of("value", "APPROVE", "type", "String")));

		ResponseEntity<JsonNode> completed = admin(HttpMethod.POST, "/task/" + taskId + "/complete", variables);
		ResponseEntity<JsonNode> submitted = admin(HttpMethod.POST, "/task/" + taskId + "/submit-form", variables);
		ResponseEntity<JsonNode> resolved = admin(HttpMethod.POST, "/task/" + taskId + "/resolve", variables);

		assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(completed.getBody().get("message").asText()).contains("Pantau");
		assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(walk.steps()).containsExactly("Task_DecideSanction");
		assertThat(this.runtime.getVariable(instanceOf(walk).getId(), "decisionOutcome")).isNull();

		walk.act("ppk-prob", "Task_DecideSanction", Map.of("outcome", "APPROVE", "decreeNumber", "SK-800/9/2024",
				"decidedOn", LocalDate.now().minusDays(1).toString()));
		assertThat(walk.steps()).containsExactly("Task_DeliverDecision");
	}

	@Test
	void refusesCompletingACaseStepThroughTheJavaApiOutsidePantau() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		String taskId = walk.taskId("Task_VerifyCase");

		assertThatThrownBy(() -> this.tasks.complete(taskId, Map.of("verificationOutcome", "ACCEPTED")))
			.isInstanceOf(AuthorizationException.class)
			.hasMessageContaining("Pantau");
		assertThat(walk.steps()).containsExactly("Task_VerifyCase");
	}

	@Test
	void refusesAModificationThatSkipsTheInvestigation() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String instance = instanceOf(walk).getId();

		ResponseEntity<JsonNode> modified = admin(HttpMethod.POST, "/process-instance/" + instance + "/modification",
				Map.of("instructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DraftDecision"),
								Map.of("type", "cancel", "activityId", "CallActivity_Investigation")),
						"skipCustomListeners", true));
		ResponseEntity<JsonNode> asynchronously = admin(HttpMethod.POST,
				"/process-instance/" + instance + "/modification-async", Map.of("instructions",
						List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DraftDecision"))));

		assertThat(modified.getStatusCode()).as("%s", modified.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(asynchronously.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(walk.steps()).containsExactly("Task_AssignTeam");
	}

	@Test
	void refusesWritingProcessAndTaskVariables() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String instance = instanceOf(walk).getId();
		String taskId = walk.taskId("Task_VerifyCase");

		ResponseEntity<JsonNode> put = admin(HttpMethod.PUT, "/process-instance/" + instance + "/variables/region",
				Map.of("value", "pamekasan", "type", "String"));
		ResponseEntity<JsonNode> patched = admin(HttpMethod.POST, "/process-instance/" + instance + "/variables",
				Map.of("modifications", Map.of("verificationOutcome", Map.of("value", "ACCEPTED", "type", "String"))));
		ResponseEntity<JsonNode> removed = admin(HttpMethod.DELETE,
				"/process-instance/" + instance + "/variables/caseId", null);
		ResponseEntity<JsonNode> onTask = admin(HttpMethod.PUT, "/task/" + taskId + "/variables/verificationOutcome",
				Map.of("value", "ACCEPTED", "type", "String"));

		assertThat(List.of(put, patched, removed, onTask)).extracting(ResponseEntity::getStatusCode)
			.containsOnly(HttpStatus.FORBIDDEN);
		assertThat(this.runtime.getVariables(instance)).containsEntry("region", "probolinggo")
			.containsKey("caseId")
			.doesNotContainKey("verificationOutcome");
	}

	@Test
	void refusesStartingOrSignallingACaseRouteOutsidePantau() {
		long before = this.runtime.createProcessInstanceQuery().processDefinitionKey(NeutralityCaseProcess.KEY).count();

		ResponseEntity<JsonNode> started = admin(HttpMethod.POST,
				"/process-definition/key/" + NeutralityCaseProcess.KEY + "/start", Map.of("businessKey",
						"PROB-2024-9999", "variables", Map.of("caseId", Map.of("value", 1, "type", "Long"))));
		ResponseEntity<JsonNode> message = admin(HttpMethod.POST, "/message",
				Map.of("messageName", "anything", "all", true));

		assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(message.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionKey(NeutralityCaseProcess.KEY).count())
			.isEqualTo(before);
	}

	@Test
	void refusesChangingAStepsDeadlineNameOrRolesThroughTheEngineButLetsTheAdministratorReassignIt() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		org.camunda.bpm.engine.task.Task before = this.tasks.createTaskQuery().taskId(taskId).singleResult();

		ResponseEntity<JsonNode> updated = admin(HttpMethod.PUT, "/task/" + taskId, Map.of("name", "Renamed", "due",
				"2099-01-01T00:00:00.000+0000", "priority", 99, "tenantId", "probolinggo"));
		ResponseEntity<JsonNode> candidate = admin(HttpMethod.POST, "/task/" + taskId + "/identity-links",
				Map.of("groupId", "ppk", "type", "candidate"));
		ResponseEntity<JsonNode> uncandidate = admin(HttpMethod.POST, "/task/" + taskId + "/identity-links/delete",
				Map.of("groupId", "intake", "type", "candidate"));
		ResponseEntity<JsonNode> owner = admin(HttpMethod.POST, "/task/" + taskId + "/identity-links",
				Map.of("userId", "ppk-prob", "type", "owner"));

		assertThat(List.of(updated, candidate, uncandidate, owner)).extracting(ResponseEntity::getStatusCode)
			.as("%s %s %s %s", updated.getBody(), candidate.getBody(), uncandidate.getBody(), owner.getBody())
			.containsOnly(HttpStatus.FORBIDDEN);
		assertThat(updated.getBody().get("message").asText()).startsWith("Use Pantau");
		org.camunda.bpm.engine.task.Task after = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		assertThat(after.getName()).isEqualTo(before.getName());
		assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
		assertThat(after.getPriority()).isEqualTo(before.getPriority());
		assertThat(after.getOwner()).isNull();
		assertThat(this.tasks.getIdentityLinksForTask(taskId)).extracting((link) -> link.getGroupId())
			.contains("intake")
			.doesNotContain("ppk");

		ResponseEntity<JsonNode> reassigned = admin(HttpMethod.POST, "/task/" + taskId + "/assignee",
				Map.of("userId", "intake-prob"));
		assertThat(reassigned.getStatusCode()).as("%s", reassigned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("intake-prob");
	}

	@Test
	void refusesFiringACaseTimerEarly() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		Job timer = timerOf(walk);

		ResponseEntity<JsonNode> executed = admin(HttpMethod.POST, "/job/" + timer.getId() + "/execute", null);
		ResponseEntity<JsonNode> moved = admin(HttpMethod.PUT, "/job/" + timer.getId() + "/duedate",
				Map.of("duedate", "2000-01-01T00:00:00.000+0000"));

		assertThat(executed.getStatusCode()).as("%s", executed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate())
			.isEqualTo(timer.getDuedate());
	}

	@Test
	void closesACaseWhoseInstanceTheAdministratorDeletesAndRecordsIt() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String instance = instanceOf(walk).getId();

		ResponseEntity<JsonNode> deleted = admin(HttpMethod.DELETE,
				"/process-instance/" + instance + "?skipCustomListeners=true&skipIoMappings=true", null);

		assertThat(deleted.getStatusCode()).as("%s", deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		JsonNode view = walk.view();
		assertThat(view.get("status").asText()).isEqualTo("CLOSED");
		assertThat(view.get("closureReason").asText()).isEqualTo("ADMINISTRATIVELY_CANCELLED");
		assertThat(walk.steps()).isEmpty();
		assertThat(audit(walk, "CASE_CANCELLED")).singleElement()
			.satisfies((e) -> assertThat(e).containsEntry("ACTOR", "admin"));
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("SUBJECT")).contains("Delete");
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("ACTOR")).containsOnly("admin");
		assertThat(timeline(walk)).anySatisfy((e) -> {
			assertThat(e.get("type").asText()).isEqualTo("CASE_CANCELLED");
			assertThat(e.get("actor").asText()).isEqualTo("admin");
		});
	}

	@Test
	void recordsTheReasonOfABulkDeletionWithTheCaseClosure() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "pamekasan");
		String instance = instanceOf(walk).getId();

		ResponseEntity<JsonNode> batch = admin(HttpMethod.POST, "/process-instance/delete", Map.of("processInstanceIds",
				List.of(instance), "deleteReason", "Duplikat dari perkara lain", "skipCustomListeners", true));
		assertThat(batch.getStatusCode()).as("%s", batch.getBody()).isEqualTo(HttpStatus.OK);
		runBatch(batch.getBody().get("id").asText());

		assertThat(walk.view().get("closureReason").asText()).isEqualTo("ADMINISTRATIVELY_CANCELLED");
		assertThat(audit(walk, "CASE_CANCELLED")).singleElement().satisfies((e) -> {
			assertThat(e).containsEntry("REASON", "Duplikat dari perkara lain");
			assertThat(e).as("the administrator who started the batch").containsEntry("ACTOR", "admin");
		});
	}

	@Test
	void refusesADeletionThatLeavesSubInstancesBehind() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String root = instanceOf(walk).getId();

		ResponseEntity<JsonNode> skipping = admin(HttpMethod.DELETE,
				"/process-instance/" + root + "?skipSubprocesses=true", null);

		assertThat(skipping.getStatusCode()).as("%s", skipping.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(walk.steps()).containsExactly("Task_AssignTeam");
		assertThat(walk.view().get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void cancelsTheCaseWhoseInvestigationInstanceTheAdministratorDeletes() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan").accept();
		String investigation = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.processDefinitionKey(NeutralityCaseProcess.INVESTIGATION_KEY)
			.singleResult()
			.getId();

		ResponseEntity<JsonNode> deleted = admin(HttpMethod.DELETE, "/process-instance/" + investigation, null);

		assertThat(deleted.getStatusCode()).as("%s", deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(walk.caseNumber()).count())
			.isZero();
		assertThat(walk.view().get("closureReason").asText()).isEqualTo("ADMINISTRATIVELY_CANCELLED");
		assertThat(audit(walk, "CASE_CANCELLED")).singleElement()
			.satisfies((e) -> assertThat(e).containsEntry("ACTOR", "admin"));
	}

	@Test
	void letsTheAdministratorSuspendAndActivateACaseOnRecord() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String instance = instanceOf(walk).getId();

		ResponseEntity<JsonNode> suspended = admin(HttpMethod.PUT, "/process-instance/" + instance + "/suspended",
				Map.of("suspended", true));
		ResponseEntity<JsonNode> claimed = Api.as(this.rest, "intake-prob")
			.post("/api/tasks/" + walk.taskId("Task_VerifyCase") + "/claim");
		ResponseEntity<JsonNode> activated = admin(HttpMethod.PUT, "/process-instance/" + instance + "/suspended",
				Map.of("suspended", false));

		assertThat(suspended.getStatusCode()).as("%s", suspended.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(claimed.getStatusCode()).as("%s", claimed.getBody()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(activated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("SUBJECT"), (e) -> e.get("ACTOR"))
			.contains(org.assertj.core.groups.Tuple.tuple("Suspend", "admin"),
					org.assertj.core.groups.Tuple.tuple("Activate", "admin"));
		assertThat(timeline(walk)).anySatisfy((e) -> {
			assertThat(e.get("type").asText()).isEqualTo("OPERATION");
			assertThat(e.get("actor").asText()).isEqualTo("admin");
			assertThat(e.get("detail").asText()).contains("Suspend");
		});
		walk.accept();
	}

	@Test
	void letsTheAdministratorRetryAJobOnRecord() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		Job timer = timerOf(walk);

		ResponseEntity<JsonNode> retried = admin(HttpMethod.PUT, "/job/" + timer.getId() + "/retries",
				Map.of("retries", 5));

		assertThat(retried.getStatusCode()).as("%s", retried.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(5);
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("SUBJECT"), (e) -> e.get("ACTOR"))
			.contains(org.assertj.core.groups.Tuple.tuple("SetJobRetries", "admin"));
	}

	@Test
	void letsTheAdministratorRaiseAndResolveAnIncidentOnRecord() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String execution = this.runtime.createExecutionQuery()
			.processInstanceId(instanceOf(walk).getId())
			.activityId("Task_VerifyCase")
			.list()
			.get(0)
			.getId();

		ResponseEntity<JsonNode> raised = admin(HttpMethod.POST, "/execution/" + execution + "/create-incident",
				Map.of("incidentType", "manual", "message", "Surat tidak terbaca"));
		ResponseEntity<JsonNode> resolved = admin(HttpMethod.DELETE, "/incident/" + raised.getBody().get("id").asText(),
				null);

		assertThat(raised.getStatusCode()).as("%s", raised.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("SUBJECT"), (e) -> e.get("ACTOR"))
			.contains(org.assertj.core.groups.Tuple.tuple("CreateIncident", "admin"),
					org.assertj.core.groups.Tuple.tuple("Resolve", "admin"));
	}

	@Test
	void recordsTheAdministratorDeletingACasesEngineHistory() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String instance = instanceOf(walk).getId();
		assertThat(admin(HttpMethod.DELETE, "/process-instance/" + instance, null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<JsonNode> deleted = admin(HttpMethod.DELETE, "/history/process-instance/" + instance, null);

		assertThat(deleted.getStatusCode()).as("%s", deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(audit(walk, "ADMIN_OPERATION")).extracting((e) -> e.get("SUBJECT"), (e) -> e.get("ACTOR"))
			.contains(org.assertj.core.groups.Tuple.tuple("Delete", "admin"),
					org.assertj.core.groups.Tuple.tuple("DeleteHistory", "admin"));
	}

	@Test
	void recordsAnOrdinaryRegistrationAsNoAdministratorOperation() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String instance = instanceOf(walk).getId();

		assertThat(audit(walk, "ADMIN_OPERATION")).isEmpty();
		assertThat(this.jdbc.queryForList("select actor, subject from audit_log where action = 'ADMIN_OPERATION'"
				+ " and (case_number = ? or detail like ?)", walk.caseNumber(), "%" + instance + "%"))
			.isEmpty();
		assertThat(audit(walk, "DATA_ADDED")).extracting((e) -> e.get("ACTOR")).contains("intake-prob");
	}

	@Test
	void showsTheAdministratorTheCasesOfEveryRegion() {
		CaseWalk probolinggo = CaseWalk.registered(this.rest, "probolinggo");
		CaseWalk pamekasan = CaseWalk.registered(this.rest, "pamekasan");

		ResponseEntity<JsonNode> listed = admin(HttpMethod.GET,
				"/task?taskDefinitionKey=Task_VerifyCase&maxResults=1000", null);

		assertThat(listed.getBody().findValuesAsText("id")).contains(probolinggo.taskId("Task_VerifyCase"),
				pamekasan.taskId("Task_VerifyCase"));
	}

	@Test
	void refusesDeploymentsThroughTheEngineRestApiAndTheWebapps() {
		long before = this.engine.getRepositoryService().createDeploymentQuery().count();
		String shipped = this.engine.getRepositoryService().createDeploymentQuery().list().get(0).getId();

		ResponseEntity<JsonNode> deployed = BackDoorModel.deploy(this.rest, this.base + "/deployment/create",
				new HttpHeaders());
		ResponseEntity<JsonNode> redeployed = admin(HttpMethod.POST, "/deployment/" + shipped + "/redeploy", Map.of());
		ResponseEntity<JsonNode> removed = admin(HttpMethod.DELETE, "/deployment/" + shipped + "?cascade=true", null);
		ResponseEntity<JsonNode> throughWebapp = BackDoorModel.deploy(this.rest,
				"/camunda/api/engine/engine/" + this.engine.getName() + "/deployment/create", webappSession());

		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(deployed.getBody().get("message").asText()).contains("pantau.engine.rest-deployments");
		assertThat(redeployed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(throughWebapp.getStatusCode()).as("%s", throughWebapp.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(throughWebapp.getBody().get("message").asText()).contains("pantau.engine.rest-deployments");
		assertThat(this.engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
	}

	/**
	 * The headers of a signed-in Cockpit session: its cookies and the webapps' CSRF
	 * token, which the webapps' API asks for on every write.
	 */
	private HttpHeaders webappSession() {
		ResponseEntity<String> page = this.rest.withBasicAuth("admin", Api.DEMO_PASSWORD)
			.exchange("/camunda/api/admin/auth/user/" + this.engine.getName(), HttpMethod.GET, null, String.class);
		HttpHeaders headers = new HttpHeaders();
		List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map((c) -> c.split(";")[0]).toList()));
		String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
		if (token == null) {
			token = cookies.stream()
				.filter((c) -> c.startsWith("XSRF-TOKEN="))
				.map((c) -> c.split(";")[0].substring("XSRF-TOKEN=".length()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no CSRF token in " + page.getHeaders()));
		}
		headers.add("X-XSRF-TOKEN", token);
		return headers;
	}

	private ResponseEntity<JsonNode> admin(HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		return this.rest.withBasicAuth("admin", Api.DEMO_PASSWORD)
			.exchange(this.base + path, method, new HttpEntity<>(body, headers), JsonNode.class);
	}

	private ProcessInstance instanceOf(CaseWalk walk) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.processDefinitionKey(NeutralityCaseProcess.KEY)
			.singleResult();
	}

	private Job timerOf(CaseWalk walk) {
		return this.management.createJobQuery()
			.processInstanceId(instanceOf(walk).getId())
			.timers()
			.orderByJobDuedate()
			.asc()
			.list()
			.get(0);
	}

	/** Runs the seed and execution jobs of a batch, as the job executor would. */
	private void runBatch(String batchId) {
		Batch batch = this.management.createBatchQuery().batchId(batchId).singleResult();
		for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
			for (Job job : this.management.createJobQuery().jobDefinitionId(definition).list()) {
				this.management.executeJob(job.getId());
			}
		}
	}

	private List<Map<String, Object>> audit(CaseWalk walk, String action) {
		return this.jdbc.queryForList(
				"select actor, action, subject, reason, detail from audit_log where case_number = ? and action = ? order by seq",
				walk.caseNumber(), action);
	}

	private JsonNode timeline(CaseWalk walk) {
		ResponseEntity<JsonNode> history = Api.as(this.rest, "auditor")
			.get("/api/cases/" + walk.caseNumber() + "/history");
		assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
		return history.getBody();
	}

}
