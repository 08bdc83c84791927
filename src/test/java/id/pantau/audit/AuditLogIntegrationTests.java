package id.pantau.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log over HTTP: what a walked case leaves in it, the merged timeline, reads by
 * auditors, refused writes, and the verification that finds a row edited behind the
 * application's back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@DirtiesContext
class AuditLogIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	ChainVerifier verifier;

	@Test
	void recordsTaskLifeFormDataAndBusinessChangesOfACase() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();

		List<Map<String, Object>> log = this.jdbc.queryForList(
				"select actor, actor_roles, region, action, subject, detail from audit_log where case_number = ? order by seq",
				walk.caseNumber());

		assertThat(log).extracting((r) -> r.get("ACTION"))
			.contains("DATA_ADDED", "TASK_CREATED", "TASK_CLAIMED", "TASK_COMPLETED", "DATA_CHANGED");
		Map<String, Object> completed = log.stream()
			.filter((r) -> "TASK_COMPLETED".equals(r.get("ACTION")))
			.findFirst()
			.orElseThrow();
		assertThat(completed.get("ACTOR")).isEqualTo("intake-prob");
		assertThat(completed.get("ACTOR_ROLES")).isEqualTo("intake");
		assertThat(completed.get("REGION")).isEqualTo("probolinggo");
		assertThat(completed.get("SUBJECT")).isEqualTo("Task_VerifyCase");
		assertThat((String) completed.get("DETAIL")).contains("\"outcome\":\"ACCEPTED\"");
		Map<String, Object> changed = log.stream()
			.filter((r) -> "DATA_CHANGED".equals(r.get("ACTION")))
			.findFirst()
			.orElseThrow();
		assertThat((String) changed.get("DETAIL")).contains("\"before\"")
			.contains("\"verificationOutcome\":\"ACCEPTED\"");
	}

	@Test
	void recordsClaimAndUnclaimWithTheAssignee() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		Api intake = Api.as(this.rest, "intake-prob");

		intake.post("/api/tasks/" + taskId + "/claim");
		intake.post("/api/tasks/" + taskId + "/unclaim");

		List<Map<String, Object>> log = this.jdbc.queryForList(
				"select actor, action, detail from audit_log where case_number = ? and action in ('TASK_CLAIMED', 'TASK_UNCLAIMED') order by seq",
				walk.caseNumber());
		assertThat(log).extracting((r) -> r.get("ACTION")).containsExactly("TASK_CLAIMED", "TASK_UNCLAIMED");
		assertThat(log).extracting((r) -> r.get("ACTOR")).containsOnly("intake-prob");
		assertThat((String) log.get(0).get("DETAIL")).contains("\"assignee\":\"intake-prob\"");
	}

	@Test
	void mergesEngineHistoryAndAuditLogIntoOneTimelineWithRolesAndReasons() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo")
			.act("intake-prob", "Task_VerifyCase", Map.of("outcome", "ACCEPTED", "note", "Berkas lengkap"));

		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/history").getBody();

		List<String> types = history.findValuesAsText("type");
		assertThat(types).contains("CASE_STARTED", "STEP_STARTED", "TASK_CLAIMED", "FORM_SUBMITTED", "DATA_CHANGED",
				"DATA_ADDED");
		JsonNode form = find(history, "FORM_SUBMITTED");
		assertThat(form.get("actor").asText()).isEqualTo("intake-prob");
		assertThat(form.get("roles").asText()).isEqualTo("intake");
		assertThat(form.get("region").asText()).isEqualTo("probolinggo");
		assertThat(form.get("stepKey").asText()).isEqualTo("Task_VerifyCase");
		assertThat(form.get("reason").asText()).isEqualTo("Berkas lengkap");
		assertThat(form.get("detail").asText()).contains("\"outcome\":\"ACCEPTED\"");
		for (int i = 1; i < history.size(); i++) {
			// compared as instants: an instant on a whole second is written without
			// fraction ("…45Z"), which sorts after "…45.001Z" as text
			assertThat(java.time.Instant.parse(history.get(i).get("at").asText()))
				.isAfterOrEqualTo(java.time.Instant.parse(history.get(i - 1).get("at").asText()));
		}
	}

	@Test
	void showsTheConfidentialReporterInTheTimelineOnlyToThoseWhoMayReadHim() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		String forAuditor = Api.as(this.rest, "auditor")
			.get("/api/cases/" + walk.caseNumber() + "/history")
			.getBody()
			.toString();
		String forHr = Api.as(this.rest, "hr-prob")
			.get("/api/cases/" + walk.caseNumber() + "/history")
			.getBody()
			.toString();

		assertThat(forAuditor).contains("Pelapor Rahasia");
		assertThat(forHr).contains("reporterName").doesNotContain("Pelapor Rahasia");
	}

	@Test
	void logsWhichAuditorReadWhichCase() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");

		assertThat(Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber()).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		Api.as(this.rest, "intake-pmk").get("/api/cases/" + walk.caseNumber());

		List<Map<String, Object>> reads = this.jdbc.queryForList(
				"select actor, region, subject from audit_log where action = 'PERSONAL_DATA_READ' and case_number = ?",
				walk.caseNumber());
		assertThat(reads).hasSize(1);
		assertThat(reads.get(0).get("ACTOR")).isEqualTo("auditor");
		assertThat(reads.get(0).get("REGION")).isEqualTo("pamekasan");
		assertThat(reads.get(0).get("SUBJECT")).isEqualTo("GET /api/cases/" + walk.caseNumber());
	}

	@Test
	void refusesAndLogsEveryWriteAttemptOfTheAuditor() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		Api auditor = Api.as(this.rest, "auditor");

		ResponseEntity<JsonNode> claim = auditor.post("/api/tasks/" + taskId + "/claim");
		ResponseEntity<JsonNode> register = auditor.post("/api/cases", Map.of("region", "probolinggo"));

		assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(register.getStatusCode()).as("refused by the URL rules before the body is validated (decision 17)")
			.isEqualTo(HttpStatus.FORBIDDEN);
		List<String> refused = this.jdbc.queryForList(
				"select subject from audit_log where action = 'WRITE_REFUSED' and actor = 'auditor'", String.class);
		assertThat(refused).contains("POST /api/tasks/" + taskId + "/claim", "POST /api/cases");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'TASK_CLAIMED' and actor = 'auditor'", Long.class))
			.isZero();
	}

	@Test
	void showsRefusedClaimsAndCompletionsOfACasesStepsInItsTimeline() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob");
		String taskId = walk.taskId("Task_IssueSummons");
		assertThat(Api.as(this.rest, "insp1-prob").post("/api/tasks/" + taskId + "/claim").getStatusCode())
			.isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> otherRegion = Api.as(this.rest, "insp1-pmk").post("/api/tasks/" + taskId + "/claim");
		ResponseEntity<JsonNode> notHolder = Api.as(this.rest, "insp2-prob")
			.post("/api/tasks/" + taskId + "/complete", Map.of("letterNumber", "700/X"));

		assertThat(otherRegion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(notHolder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/history").getBody();
		List<JsonNode> refused = new java.util.ArrayList<>();
		history.forEach((e) -> {
			if ("WRITE_REFUSED".equals(e.get("type").asText())) {
				refused.add(e);
			}
		});
		assertThat(refused).extracting((e) -> e.get("actor").asText() + " " + e.get("detail").asText())
			.containsExactlyInAnyOrder("insp1-pmk POST /api/tasks/" + taskId + "/claim",
					"insp2-prob POST /api/tasks/" + taskId + "/complete");
		assertThat(refused).extracting((e) -> e.get("region").asText()).containsOnly("probolinggo");
		assertThat(this.jdbc.queryForList(
				"select distinct case_number from audit_log where action = 'WRITE_REFUSED' and subject like ?",
				String.class, "%/api/tasks/" + taskId + "/%"))
			.containsExactly(walk.caseNumber());
	}

	@Test
	void refusesEveryWriteOfTheAuditorBeforeReadingItAndRecordsEach() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		Api auditor = Api.as(this.rest, "auditor");

		ResponseEntity<JsonNode> invalid = auditor.post("/api/cases", Map.of("region", "probolinggo"));
		ResponseEntity<JsonNode> unknownTask = auditor.post("/api/tasks/no-such-task/complete", Map.of());
		ResponseEntity<JsonNode> wrongType = auditor.postDocument("/api/cases/" + walk.caseNumber() + "/files", "x",
				MediaType.TEXT_PLAIN);

		for (ResponseEntity<JsonNode> refused : List.of(invalid, unknownTask, wrongType)) {
			assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		List<Map<String, Object>> recorded = this.jdbc.queryForList(
				"select subject, case_number from audit_log where action = 'WRITE_REFUSED' and actor = 'auditor'");
		assertThat(recorded).extracting((r) -> r.get("SUBJECT"))
			.contains("POST /api/cases", "POST /api/tasks/no-such-task/complete",
					"POST /api/cases/" + walk.caseNumber() + "/files");
		assertThat(recorded)
			.filteredOn((r) -> ("POST /api/cases/" + walk.caseNumber() + "/files").equals(r.get("SUBJECT")))
			.extracting((r) -> r.get("CASE_NUMBER"))
			.containsExactly(walk.caseNumber());
	}

	@Test
	void recordsTheAuditorsSearchOfCasesAsAReadOfPersonalData() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");

		assertThat(Api.as(this.rest, "auditor").get("/api/cases?employeeNip=" + walk.nip()).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		assertThat(this.jdbc.queryForList(
				"select subject from audit_log where action = 'PERSONAL_DATA_READ' and actor = 'auditor'",
				String.class))
			.contains("GET /api/cases?employeeNip=" + walk.nip());
	}

	@Test
	void verificationStaysIntactWhileOthersAppend() throws Exception {
		CaseWalk.registered(this.rest, "probolinggo");
		java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread writer = new Thread(() -> {
			while (appending.get()) {
				this.auditLog.record(new AuditRecord("system", "", null, null, "TEST_APPEND", "append", null, null));
				// keep the chain short enough that each walk stays quick; the race is per
				// append
				LockSupport.parkNanos(500_000);
			}
		});
		writer.start();
		try {
			for (int i = 0; i < 100; i++) {
				ChainVerification verification = this.verifier.verify();
				assertThat(verification.intact()).as("run %d: %s", i, verification).isTrue();
			}
		}
		finally {
			appending.set(false);
			writer.join();
		}
	}

	@Test
	void verificationFindsARowEditedBehindTheApplicationsBack() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		Api auditor = Api.as(this.rest, "auditor");
		JsonNode before = auditor.get("/api/audit/verification").getBody();
		assertThat(before.get("intact").asBoolean()).as("%s", before).isTrue();
		assertThat(before.get("entriesChecked").asLong()).isPositive();
		long victim = this.jdbc.queryForObject(
				"select min(seq) from audit_log where case_number = ? and action = 'TASK_COMPLETED'", Long.class,
				walk.caseNumber());
		String actor = this.jdbc.queryForObject("select actor from audit_log where seq = ?", String.class, victim);

		behindTheApplicationsBack("update audit_log set actor = 'someone-else' where seq = ?", victim);
		JsonNode after;
		try {
			after = auditor.get("/api/audit/verification").getBody();
		}
		finally {
			// the other tests of this context verify the chain too
			behindTheApplicationsBack("update audit_log set actor = ? where seq = ?", actor, victim);
		}

		assertThat(after.get("intact").asBoolean()).isFalse();
		assertThat(after.get("firstBrokenSeq").asLong()).isEqualTo(victim);
		assertThat(after.get("problem").asText()).isEqualTo("CONTENT_CHANGED");
		assertThat(auditor.get("/api/audit/verification").getBody().get("intact").asBoolean()).as("restored").isTrue();
		assertThat(Api.as(this.rest, "hr-prob").get("/api/audit/verification").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void verificationFindsARowInsertedAfterTheHeadBehindTheApplicationsBack() {
		CaseWalk.registered(this.rest, "probolinggo");
		long head = this.jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
		behindTheApplicationsBack("""
				insert into audit_log (seq, recorded_at, actor, actor_roles, region, case_number, action, subject,
				    detail, reason, prev_hash, hash)
				select seq + 1, recorded_at, actor, actor_roles, region, case_number, action, subject, detail, reason,
				    hash, hash from audit_log where seq = ?""", head);
		try {
			JsonNode verification = Api.as(this.rest, "auditor").get("/api/audit/verification").getBody();

			assertThat(verification.get("intact").asBoolean()).isFalse();
			assertThat(verification.get("problem").asText()).isEqualTo("ENTRY_BEYOND_HEAD");
			assertThat(verification.get("firstBrokenSeq").asLong()).isEqualTo(head + 1);
		}
		finally {
			behindTheApplicationsBack(
					"delete from audit_log where seq > (select last_seq from audit_chain_head where id = 1)");
		}
	}

	/**
	 * Changes the audit log as someone with direct access to the database would, not
	 * through Pantau.
	 */
	void behindTheApplicationsBack(String sql, Object... args) {
		this.jdbc.update(sql, args);
	}

	private static JsonNode find(JsonNode history, String type) {
		for (JsonNode e : history) {
			if (type.equals(e.get("type").asText())) {
				return e;
			}
		}
		throw new AssertionError("no " + type + " in " + history);
	}

}
