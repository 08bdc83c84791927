package id.pantau;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.calendar.Deadlines;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole route of one case over HTTP on a real port, as the demo users who own each
 * step: registration to closure, with a returned report, a changed sanction and an
 * objection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class CaseRouteIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Deadlines deadlines;

	@Test
	void walksCaseFromRegistrationToClosureAsTheResponsibleUsers() {
		LocalDate received = LocalDate.now().minusDays(40);
		Map<String, Object> registration = CaseFixture.with(CaseFixture.registration("probolinggo", "B-900/ROUTE/2024"),
				"receivedOn", received.toString());
		registration.put("referenceDate", received.toString());
		ResponseEntity<JsonNode> registered = Api.as(this.rest, "intake-prob").post("/api/cases", registration);
		assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		String number = registered.getBody().get("caseNumber").asText();
		assertThat(number).matches("PROB-\\d{4}-\\d{5}");
		assertThat(steps(number)).containsExactly("Task_VerifyCase");

		act("intake-prob", number, "Task_VerifyCase", Map.of("outcome", "ACCEPTED"));
		act("inspektur-prob", number, "Task_AssignTeam",
				Map.of("members", List.of("insp1-prob", "insp2-prob"), "examinationBoard", false));
		LocalDate firstIssued = received.plusDays(2);
		summons("insp1-prob", number, firstIssued);
		act("insp1-prob", number, "Task_RecordAttendance", Map.of("attended", false, "note", "Tidak hadir"));
		LocalDate secondIssued = received.plusDays(14);
		LocalDate hearing = summons("insp2-prob", number, secondIssued);
		act("insp2-prob", number, "Task_RecordAttendance", Map.of("attended", true));
		act("insp2-prob", number, "Task_ExamineEmployee", Map.of("examinedOn", hearing.toString(), "summary",
				"Pegawai mengakui.", "signedByEmployee", false, "refusalNote", "Menolak tanpa alasan"));
		act("insp1-prob", number, "Task_WriteReport", report("DEMOTION_12_MONTHS"));
		act("inspektur-prob", number, "Task_ReviewReport",
				Map.of("approved", false, "remarks", "Lengkapi dasar hukum"));
		act("insp1-prob", number, "Task_WriteReport", report("DEMOTION_12_MONTHS"));
		act("inspektur-prob", number, "Task_ReviewReport", Map.of("approved", true));
		act("hr-prob", number, "Task_DraftDecision",
				Map.of("draftNumber", "800/1/2024", "proposedSanction", "DEMOTION_12_MONTHS"));
		assertThat(Api.as(this.rest, "ppk-pmk")
			.post("/api/tasks/" + taskId(number, "Task_DecideSanction") + "/claim")
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		act("ppk-prob", number, "Task_DecideSanction",
				Map.of("outcome", "CHANGE", "sanction", "RELEASE_FROM_POSITION_12_MONTHS", "reason",
						"Pertimbangan masa kerja", "decreeNumber", "SK-800/2/2024", "decidedOn",
						LocalDate.now().minusDays(3).toString()));
		act("hr-prob", number, "Task_DeliverDecision",
				Map.of("deliveredOn", LocalDate.now().minusDays(2).toString(), "method", "IN_PERSON"));
		act("hr-prob", number, "Task_RecordAppeal", Map.of("type", "OBJECTION", "filedOn",
				LocalDate.now().minusDays(1).toString(), "grounds", "Keberatan atas hukuman"));
		act("ppk-prob", number, "Task_DecideObjection", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"));
		act("hr-prob", number, "Task_ReportFollowUp",
				Map.of("letterNumber", "800/3/2024", "reportedOn", LocalDate.now().toString()));

		JsonNode closed = Api.as(this.rest, "auditor").get("/api/cases/" + number).getBody();
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("closureReason").asText()).isEqualTo("COMPLETED");
		assertThat(closed.get("currentSteps")).isEmpty();
		assertThat(closed.get("reporter").get("name").asText()).isEqualTo("Pelapor Rahasia");
		JsonNode decision = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/decision").getBody();
		assertThat(decision.at("/decision/finalSanction").asText()).isEqualTo("RELEASE_FROM_POSITION_12_MONTHS");
		assertThat(decision.at("/decision/deviatedFromReport").asBoolean()).isTrue();
		assertThat(decision.at("/appeals/0/outcome").asText()).isEqualTo("UPHELD");
		JsonNode investigation = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/investigation").getBody();
		assertThat(investigation.get("summons")).hasSize(2);
		assertThat(investigation.get("reports")).hasSize(2);
		assertThat(investigation.at("/reports/0/reviewOutcome").asText()).isEqualTo("RETURNED");
		assertThat(investigation.at("/minutes/0/signedByEmployee").asBoolean()).isFalse();
		assertHistoryNamesEveryActor(number);
	}

	private void assertHistoryNamesEveryActor(String number) {
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/history").getBody();
		List<String> completedBy = new ArrayList<>();
		history.forEach((e) -> {
			if ("TASK_COMPLETED".equals(e.get("type").asText())) {
				completedBy.add(e.get("actor").asText() + ":" + e.get("stepKey").asText());
			}
		});
		// the route as the engine ran it; Pantau's audit log adds the data around it
		List<JsonNode> route = new ArrayList<>();
		history.forEach((e) -> {
			if ("engine".equals(e.get("source").asText())) {
				route.add(e);
			}
		});
		assertThat(route.get(0).get("type").asText()).isEqualTo("CASE_STARTED");
		assertThat(route.get(0).get("actor").asText()).isEqualTo("intake-prob");
		assertThat(completedBy).startsWith("intake-prob:Task_VerifyCase", "inspektur-prob:Task_AssignTeam")
			.contains("ppk-prob:Task_DecideSanction", "ppk-prob:Task_DecideObjection")
			.endsWith("hr-prob:Task_ReportFollowUp")
			.hasSize(17);
		assertThat(route.get(route.size() - 1).get("type").asText()).isEqualTo("CASE_ENDED");
	}

	private LocalDate summons(String user, String number, LocalDate issued) {
		LocalDate hearing = this.deadlines.workingDaysAfter(issued, "summons-notice");
		act(user, number, "Task_IssueSummons", Map.of("letterNumber", "700/" + issued, "issuedOn", issued.toString(),
				"hearingAt", hearing.atTime(9, 0).toString(), "place", "Kantor Inspektorat"));
		return hearing;
	}

	private static Map<String, Object> report(String sanction) {
		return Map.of("proven", true, "actsProven", List.of("SOCMED_INTERACT"), "findings", "Terbukti.", "legalBasis",
				"PP 94/2021 Pasal 5 huruf n", "recommendedSanction", sanction);
	}

	private void act(String user, String number, String step, Map<String, ?> payload) {
		CaseWalk.existing(this.rest, "probolinggo", number).act(user, step, payload);
	}

	private List<String> steps(String number) {
		return CaseWalk.existing(this.rest, "probolinggo", number).steps();
	}

	private String taskId(String number, String step) {
		return CaseWalk.existing(this.rest, "probolinggo", number).taskId(step);
	}

}
