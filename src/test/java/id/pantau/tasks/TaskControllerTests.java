package id.pantau.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.calendar.Deadlines;
import id.pantau.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP contract of the task lists and of claim, unclaim and complete: who sees and
 * may take which task, what a refused command leaves behind, and concurrent claims,
 * through the whole application. Paging parameters, the URL rules and confirmations are
 * in {@link TaskControllerWebTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class TaskControllerTests {

	private static final String REGION = "probolinggo";

	private static final String VERIFY = "Task_VerifyCase";

	private static final String SUMMONS = "Task_IssueSummons";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Deadlines deadlines;

	@Autowired
	WorkingDays workingDays;

	// task lists

	@Test
	void listsNewVerifyTaskInTheQueueOfTheRegionsIntake() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION, TestCalendar.today());

		JsonNode row = find("intake-prob", "group", walk.taskId(VERIFY)).orElseThrow();

		assertThat(row.get("caseNumber").asText()).isEqualTo(walk.caseNumber());
		assertThat(row.get("stepKey").asText()).isEqualTo(VERIFY);
		assertThat(row.get("stepName").asText()).isEqualTo("Verifikasi laporan");
		assertThat(row.get("region").asText()).isEqualTo(REGION);
		assertThat(row.get("employeeName").asText()).isEqualTo("Budi Santoso Fiktif");
		assertThat(row.get("employeeNip").asText()).isEqualTo(walk.nip());
		assertThat(Instant.parse(row.get("dueAt").asText())).isAfter(Instant.now());
		assertThat(row.get("overdue").asBoolean()).isFalse();
		assertThat(row.has("assignee")).isFalse();
		assertThat(find("intake-pmk", "group", walk.taskId(VERIFY))).isEmpty();
		assertThat(find("hr-prob", "group", walk.taskId(VERIFY))).isEmpty();
	}

	@Test
	void namesTheStepInEnglishWhenAsked() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		JsonNode page = Api.as(this.rest, "intake-prob")
			.inEnglish()
			.get("/api/tasks?view=group&stepKey=" + VERIFY + "&size=100")
			.getBody();

		assertThat(page.get("content")).anySatisfy((row) -> {
			assertThat(row.get("caseNumber").asText()).isEqualTo(walk.caseNumber());
			assertThat(row.get("stepName").asText()).isEqualTo("Verify the report");
		});
	}

	@Test
	void movesClaimedTaskFromTheQueueToMine() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		assertThat(find("intake-prob", "mine", taskId)).isEmpty();

		ResponseEntity<JsonNode> claimed = claim("intake-prob", taskId);

		assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(claimed.getBody().get("message").asText())
			.isEqualTo("Tugas \"Verifikasi laporan\" perkara " + walk.caseNumber() + " sekarang Anda kerjakan.");
		assertThat(find("intake-prob", "group", taskId)).isEmpty();
		assertThat(find("intake-prob", "mine", taskId))
			.hasValueSatisfying((row) -> assertThat(row.get("assignee").asText()).isEqualTo("intake-prob"));
		assertThat(walk.assignee(VERIFY)).isEqualTo("intake-prob");
	}

	@Test
	void listsOnlyTheTasksOfTheCaseAskedFor() {
		CaseWalk one = CaseWalk.registered(this.rest, REGION);
		CaseWalk other = CaseWalk.registered(this.rest, REGION);

		JsonNode page = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&size=100&caseNumber=" + one.caseNumber())
			.getBody();
		ResponseEntity<JsonNode> unknown = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&caseNumber=PROB-1999-99999");

		assertThat(page.get("content").findValuesAsText("taskId")).containsExactly(one.taskId(VERIFY))
			.doesNotContain(other.taskId(VERIFY));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(unknown.getBody().get("totalElements").asLong()).isZero();
	}

	@Test
	void refusesTheTasksOfAnotherRegionsCaseNumberWhetherOrNotItExists() {
		CaseWalk theirs = CaseWalk.registered(this.rest, "pamekasan");

		ResponseEntity<JsonNode> known = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&caseNumber=" + theirs.caseNumber());
		ResponseEntity<JsonNode> unknown = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&caseNumber=PMKS-1999-99999");

		assertThat(known.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getBody().get("detail")).isEqualTo(known.getBody().get("detail"));
	}

	@Test
	void refusesTaskListOfAnotherRegion() {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&region=pamekasan");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText()).contains("pamekasan");
	}

	@Test
	void sortsByDueDateSoonestFirstByDefault() {
		CaseWalk waiting = CaseWalk.registered(this.rest, REGION)
			.act("intake-prob", VERIFY, Map.of("outcome", "INCOMPLETE", "missingItems", "Tangkapan layar"));
		CaseWalk fresh = CaseWalk.registered(this.rest, REGION);
		String awaitId = waiting.taskId("Task_AwaitCompletion");
		String verifyId = fresh.taskId(VERIFY);

		List<JsonNode> ascending = all("intake-prob", "group", "");
		List<JsonNode> descending = all("intake-prob", "group", "&direction=DESC");

		assertThat(dueDates(ascending)).isSorted();
		assertThat(dueDates(descending)).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(indexOf(ascending, verifyId)).isLessThan(indexOf(ascending, awaitId));
		assertThat(indexOf(descending, awaitId)).isLessThan(indexOf(descending, verifyId));
	}

	@Test
	void answersTheLastAllowedPageEmpty() {
		ResponseEntity<JsonNode> last = Api.as(this.rest, "intake-prob")
			.get("/api/tasks?view=group&page=100000&size=100");

		assertThat(last.getStatusCode()).as("%s", last.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(last.getBody().get("content")).isEmpty();
		assertThat(last.getBody().get("page").asInt()).isEqualTo(100000);
	}

	@Test
	void refusesClaimByAnotherRole() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		ResponseEntity<JsonNode> response = claim("hr-prob", walk.taskId(VERIFY));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("Tugas ini untuk peran: intake.");
		assertThat(walk.assignee(VERIFY)).isNull();
	}

	@Test
	void refusesClaimOutsideOwnRegion() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		ResponseEntity<JsonNode> response = claim("intake-pmk", walk.taskId(VERIFY));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText())
			.isEqualTo("Perkara ini berada di wilayah probolinggo, di luar wilayah Anda.");
		assertThat(walk.assignee(VERIFY)).isNull();
	}

	@Test
	void refusesClaimOfTaskHeldByAnotherTeamMemberNamingTheHolder() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");
		String taskId = walk.taskId(SUMMONS);
		assertThat(find("insp2-prob", "group", taskId)).isPresent();
		assertThat(claim("insp1-prob", taskId).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> response = claim("insp2-prob", taskId);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).contains("insp1-prob");
		assertThat(response.getBody().get("assignee").asText()).isEqualTo("insp1-prob");
		assertThat(walk.assignee(SUMMONS)).isEqualTo("insp1-prob");
		assertThat(find("insp2-prob", "group", taskId)).isEmpty();
	}

	@Test
	void refusesClaimByInspectorOutsideTheTeam() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob");
		String taskId = walk.taskId(SUMMONS);

		ResponseEntity<JsonNode> response = claim("insp2-prob", taskId);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText())
			.isEqualTo("Tugas ini hanya untuk anggota tim pemeriksa perkara ini.");
		assertThat(walk.assignee(SUMMONS)).isNull();
		assertThat(find("insp2-prob", "group", taskId)).isEmpty();
		assertThat(find("insp1-prob", "group", taskId)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "claim", "unclaim", "complete" })
	void answersNotFoundForUnknownTask(String command) {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.post("/api/tasks/no-such-task/" + command, Map.of("outcome", "ACCEPTED"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText())
			.isEqualTo("Tugas no-such-task tidak ditemukan atau sudah selesai.");
	}

	@Test
	void answersNotFoundForCompletedTask() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		walk.accept();

		ResponseEntity<JsonNode> response = claim("intake-prob", taskId);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	// unclaim

	@Test
	void refusesUnclaimOfTaskHeldByAnother() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");
		String taskId = walk.taskId(SUMMONS);
		claim("insp1-prob", taskId);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "insp2-prob").post("/api/tasks/" + taskId + "/unclaim");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText())
			.isEqualTo("Tugas ini tidak sedang Anda kerjakan; ambil tugasnya terlebih dahulu.");
		assertThat(walk.assignee(SUMMONS)).isEqualTo("insp1-prob");
	}

	@Test
	void refusesUnclaimOfUnclaimedTask() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.post("/api/tasks/" + walk.taskId(VERIFY) + "/unclaim");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("Tugas ini belum diambil siapa pun.");
	}

	@Test
	void returnsUnclaimedTaskToTheQueue() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/tasks/" + taskId + "/unclaim");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody().get("message").asText())
			.isEqualTo("Tugas \"Verifikasi laporan\" perkara " + walk.caseNumber() + " dikembalikan ke antrean.");
		assertThat(walk.assignee(VERIFY)).isNull();
		assertThat(find("intake-prob", "group", taskId)).isPresent();
		assertThat(find("intake-prob", "mine", taskId)).isEmpty();
	}

	// complete

	@Test
	void refusesCompletingUnclaimedTask() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		ResponseEntity<JsonNode> response = complete("intake-prob", walk.taskId(VERIFY), Map.of("outcome", "ACCEPTED"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText())
			.isEqualTo("Tugas ini tidak sedang Anda kerjakan; ambil tugasnya terlebih dahulu.");
		assertThat(walk.steps()).containsExactly(VERIFY);
		assertThat(walk.view().has("verification")).isFalse();
	}

	@Test
	void refusesCompletingTaskHeldByAnother() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");
		String taskId = walk.taskId(SUMMONS);
		claim("insp1-prob", taskId);

		ResponseEntity<JsonNode> response = complete("insp2-prob", taskId, summons(LocalDate.now().minusDays(30), 20));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(walk.steps()).containsExactly(SUMMONS);
		assertThat(walk.assignee(SUMMONS)).isEqualTo("insp1-prob");
		assertThat(investigation(walk).get("summons")).isEmpty();
	}

	@Test
	void rejectsInvalidPayloadAndKeepsTaskOpenAndAssigned() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = complete("intake-prob", taskId, Map.of("note", "x".repeat(2001)));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactlyInAnyOrder("outcome", "note");
		assertThat(message(response, "outcome")).isEqualTo("wajib diisi");
		assertThat(message(response, "note")).isEqualTo("panjang harus antara 0 dan 2000");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
		assertThat(walk.view().has("verification")).isFalse();
	}

	@Test
	void rejectsEmptyPayload() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/tasks/" + taskId + "/complete");

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("outcome");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
	}

	@Test
	void rejectsUnknownFieldInPayload() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = complete("intake-prob", taskId,
				Map.of("outcome", "ACCEPTED", "colour", "red"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("colour");
		assertThat(message(response, "colour")).isEqualTo("kolom ini tidak dikenal");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
	}

	@Test
	void rejectsUnknownOutcomeListingTheChoices() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = complete("intake-prob", taskId, Map.of("outcome", "MAYBE"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("outcome");
		assertThat(message(response, "outcome")).contains("MAYBE", "ACCEPTED", "NOT_OUR_AUTHORITY", "INCOMPLETE");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
	}

	@Test
	void rejectsNumberForAnOutcome() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = complete("intake-prob", taskId, Map.of("outcome", 2));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("outcome");
		assertThat(message(response, "outcome")).contains("ACCEPTED", "EMPLOYEE_LEFT_SERVICE");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
		assertThat(walk.view().get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void namesTheBlankTeamMemberByItsIndex() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION).accept();
		String taskId = walk.taskId("Task_AssignTeam");
		claim("inspektur-prob", taskId);

		ResponseEntity<JsonNode> response = complete("inspektur-prob", taskId,
				Map.of("members", List.of("insp1-prob", " "), "examinationBoard", false));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("members[1]");
		assertThat(message(response, "members[1]")).isEqualTo("wajib diisi");
		assertStillAt(walk, "Task_AssignTeam", taskId, "inspektur-prob");
	}

	@Test
	void requiresTheAuthorityAReportIsForwardedTo() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);
		claim("intake-prob", taskId);

		ResponseEntity<JsonNode> response = complete("intake-prob", taskId, Map.of("outcome", "NOT_OUR_AUTHORITY"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("forwardedTo");
		assertThat(message(response, "forwardedTo")).isEqualTo("sebutkan instansi tujuan penerusan");
		assertStillAt(walk, VERIFY, taskId, "intake-prob");
		assertThat(walk.view().get("status").asText()).isEqualTo("OPEN");
		assertThat(walk.view().has("verification")).isFalse();
	}

	@Test
	void requiresHearingSevenWorkingDaysAfterSummonsNamingTheEarliestDate() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob");
		String taskId = walk.taskId(SUMMONS);
		claim("insp1-prob", taskId);
		LocalDate issued = LocalDate.now().minusDays(30);
		LocalDate earliest = this.deadlines.workingDaysAfter(issued, "summons-notice");
		LocalDate tooEarly = this.workingDays.add(issued, 3);

		ResponseEntity<JsonNode> response = complete("insp1-prob", taskId, Map.of("letterNumber", "700/1", "issuedOn",
				issued.toString(), "hearingAt", tooEarly.atTime(9, 0).toString(), "place", "Inspektorat"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("hearingAt");
		assertThat(message(response, "hearingAt"))
			.isEqualTo("pemeriksaan paling cepat 7 hari kerja setelah surat panggilan, yaitu " + earliest);
		assertStillAt(walk, SUMMONS, taskId, "insp1-prob");
		assertThat(investigation(walk).get("summons")).isEmpty();
	}

	@Test
	void requiresActsWhenTheReportFindsTheCaseProven() {
		CaseWalk walk = CaseWalk.examined(this.rest, REGION);
		String taskId = walk.taskId("Task_WriteReport");
		claim("insp1-prob", taskId);

		ResponseEntity<JsonNode> response = complete("insp1-prob", taskId, Map.of("proven", true, "findings",
				"Terbukti.", "legalBasis", "PP 94/2021", "recommendedSanction", "DEMOTION_12_MONTHS"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("actsProven");
		assertThat(message(response, "actsProven")).isEqualTo("sebutkan perbuatan yang terbukti");
		assertStillAt(walk, "Task_WriteReport", taskId, "insp1-prob");
		assertThat(investigation(walk).get("reports")).isEmpty();
	}

	@Test
	void requiresReasonWhenThePpkChangesTheSanction() {
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		String taskId = walk.taskId("Task_DecideSanction");
		claim("ppk-prob", taskId);

		ResponseEntity<JsonNode> response = complete("ppk-prob", taskId, Map.of("outcome", "CHANGE", "sanction",
				"RELEASE_FROM_POSITION_12_MONTHS", "decreeNumber", "SK-1", "decidedOn", LocalDate.now().toString()));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("reason");
		assertThat(message(response, "reason")).isEqualTo("alasan wajib diisi bila hukuman diubah atau ditolak");
		assertStillAt(walk, "Task_DecideSanction", taskId, "ppk-prob");
		JsonNode decision = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/decision").getBody();
		assertThat(decision.at("/decision/proposedSanction").asText()).isEqualTo("DEMOTION_12_MONTHS");
		assertThat(decision.at("/decision").has("outcome")).isFalse();
		assertThat(decision.at("/decision").has("finalSanction")).isFalse();
	}

	// concurrency

	@Test
	void letsOneOfTwoInspectorsWinTwentyConcurrentClaims() throws Exception {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");
		String taskId = walk.taskId(SUMMONS);
		List<String> users = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			users.add((i % 2 == 0) ? "insp1-prob" : "insp2-prob");
		}

		List<ResponseEntity<JsonNode>> responses = race(users, (user) -> claim(user, taskId));

		Set<String> winners = new HashSet<>();
		for (int i = 0; i < users.size(); i++) {
			ResponseEntity<JsonNode> response = responses.get(i);
			assertThat(response.getStatusCode().value()).as("%s: %s", users.get(i), response.getBody()).isIn(200, 409);
			if (response.getStatusCode() == HttpStatus.OK) {
				winners.add(users.get(i));
			}
		}
		assertThat(winners).as("users whose claim succeeded: %s", responses).hasSize(1);
		String winner = winners.iterator().next();
		assertThat(walk.assignee(SUMMONS)).isEqualTo(winner);
		for (int i = 0; i < users.size(); i++) {
			if (!winner.equals(users.get(i))) {
				assertThat(responses.get(i).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			}
		}
		assertThat(find(winner, "mine", taskId)).isPresent();
	}

	@Test
	void confirmsRepeatedConcurrentClaimsOfTheHolder() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId(VERIFY);

		List<ResponseEntity<JsonNode>> responses = race(Collections.nCopies(10, "intake-prob"),
				(user) -> claim(user, taskId));

		assertThat(responses).allSatisfy((response) -> assertThat(response.getStatusCode()).as("%s", response.getBody())
			.isEqualTo(HttpStatus.OK));
		assertThat(walk.assignee(VERIFY)).isEqualTo("intake-prob");
	}

	// helpers

	private interface Call {

		ResponseEntity<JsonNode> as(String user);

	}

	/** Lets every user call at the same moment; bounded so it cannot hang. */
	private static List<ResponseEntity<JsonNode>> race(List<String> users, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users.size());
		CountDownLatch ready = new CountDownLatch(users.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
			for (String user : users) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
					return call.as(user);
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
			for (Future<ResponseEntity<JsonNode>> future : futures) {
				responses.add(future.get(30, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private ResponseEntity<JsonNode> claim(String user, String taskId) {
		return Api.as(this.rest, user).post("/api/tasks/" + taskId + "/claim");
	}

	private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, ?> payload) {
		return Api.as(this.rest, user).post("/api/tasks/" + taskId + "/complete", payload);
	}

	private static Map<String, Object> summons(LocalDate issued, int daysToHearing) {
		return Map.of("letterNumber", "700/" + issued, "issuedOn", issued.toString(), "hearingAt",
				issued.plusDays(daysToHearing).atTime(9, 0).toString(), "place", "Kantor Inspektorat");
	}

	private JsonNode investigation(CaseWalk walk) {
		return Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/investigation").getBody();
	}

	/** The step is still open with the same task, still held by the same user. */
	private static void assertStillAt(CaseWalk walk, String step, String taskId, String assignee) {
		assertThat(walk.steps()).containsExactly(step);
		assertThat(walk.taskId(step)).isEqualTo(taskId);
		assertThat(walk.assignee(step)).isEqualTo(assignee);
	}

	/** The task in one of the user's lists, looking through every page. */
	private Optional<JsonNode> find(String user, String view, String taskId) {
		return all(user, view, "").stream().filter((row) -> taskId.equals(row.get("taskId").asText())).findFirst();
	}

	private List<JsonNode> all(String user, String view, String query) {
		List<JsonNode> rows = new ArrayList<>();
		int page = 0;
		int pages;
		do {
			ResponseEntity<JsonNode> response = Api.as(this.rest, user)
				.get("/api/tasks?view=" + view + "&size=100&page=" + page + query);
			assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
			response.getBody().get("content").forEach(rows::add);
			pages = response.getBody().get("totalPages").asInt();
			page++;
		}
		while (page < pages);
		return rows;
	}

	private static List<Instant> dueDates(List<JsonNode> rows) {
		return rows.stream().map((row) -> Instant.parse(row.get("dueAt").asText())).toList();
	}

	private static int indexOf(List<JsonNode> rows, String taskId) {
		for (int i = 0; i < rows.size(); i++) {
			if (taskId.equals(rows.get(i).get("taskId").asText())) {
				return i;
			}
		}
		throw new AssertionError("Task " + taskId + " is not listed");
	}

	private static void assertBadRequest(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private static List<String> fields(ResponseEntity<JsonNode> response) {
		List<String> fields = new ArrayList<>();
		response.getBody().get("errors").forEach((e) -> fields.add(e.get("field").asText()));
		return fields;
	}

	private static String message(ResponseEntity<JsonNode> response, String field) {
		for (JsonNode error : response.getBody().get("errors")) {
			if (field.equals(error.get("field").asText())) {
				return error.get("message").asText();
			}
		}
		throw new AssertionError("No message for " + field + " in " + response.getBody());
	}

}
