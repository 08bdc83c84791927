package id.pantau.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanction table in the running application: the report records its recommendation,
 * the PPK's decision is measured against it, an administrator deploys a new version that
 * only new cases use, and every change is on record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class RulesIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	HistoryService history;

	@Test
	void recordsRecommendationOfTheHeaviestActAndRequiresReasonToDeviate() {
		long evaluations = this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey("SanctionRecommendation")
			.count();
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo")
			.act("insp1-prob", "Task_WriteReport",
					Map.of("proven", true, "actsProven", List.of("APPROACH_PARTY", "SOCMED_INTERACT"), "findings",
							"Terbukti.", "legalBasis", "PP 94/2021 Pasal 5 huruf n", "recommendedSanction",
							"DEMOTION_12_MONTHS", "aggravation",
							Map.of("repeatOffence", false, "seniorPosition", true, "integrityPactSigned", true)));
		JsonNode recommendation = Api.as(this.rest, "inspektur-prob")
			.get("/api/cases/" + walk.caseNumber() + "/recommendation")
			.getBody();
		assertThat(recommendation.get("kind").asText()).isEqualTo("DISCIPLINE");
		assertThat(recommendation.get("level").asText()).isEqualTo("SEVERE");
		assertThat(texts(recommendation.get("candidateSanctions"))).containsExactly("DEMOTION_12_MONTHS",
				"RELEASE_FROM_POSITION_12_MONTHS", "HONOURABLE_DISMISSAL");
		assertThat(recommendation.get("legalBasis").asText()).isEqualTo("PP 94/2021 Pasal 8 ayat (4)");
		JsonNode report = Api.as(this.rest, "insp1-prob")
			.get("/api/cases/" + walk.caseNumber() + "/investigation")
			.getBody();
		assertThat(report.at("/recommendation/level").asText()).as("the report step shows it").isEqualTo("SEVERE");
		assertThat(this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey("SanctionRecommendation")
			.count()).as("one evaluation per act in the decision history").isGreaterThanOrEqualTo(evaluations + 2);

		walk.act("inspektur-prob", "Task_ReviewReport", Map.of("approved", true))
			.act("hr-prob", "Task_DraftDecision",
					Map.of("draftNumber", "800/" + UUID.randomUUID(), "proposedSanction", "ALLOWANCE_CUT_12_MONTHS"));
		Api ppk = Api.as(this.rest, "ppk-prob");
		String taskId = walk.taskId("Task_DecideSanction");
		ppk.post("/api/tasks/" + taskId + "/claim");
		Map<String, Object> decision = Map.of("outcome", "APPROVE", "decreeNumber", "SK-1/2024", "decidedOn",
				LocalDate.now().minusDays(1).toString());
		ResponseEntity<JsonNode> refused = ppk.post("/api/tasks/" + taskId + "/complete", decision);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("deviationReason");
		assertThat(walk.steps()).containsExactly("Task_DecideSanction");

		Map<String, Object> deviating = new java.util.HashMap<>(decision);
		deviating.put("deviationReason", "Pegawai baru pertama kali melanggar dan kooperatif");
		assertThat(ppk.post("/api/tasks/" + taskId + "/complete", deviating).getStatusCode()).isEqualTo(HttpStatus.OK);

		JsonNode view = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/decision").getBody();
		assertThat(view.at("/recommendation/level").asText()).isEqualTo("SEVERE");
		assertThat(view.at("/decision/recommendationFollowed").asBoolean()).isFalse();
		assertThat(view.at("/decision/deviationReason").asText()).startsWith("Pegawai baru");
		assertThat(view.at("/decision/recommendationNote").asText()).isEqualTo("menyimpang dari rekomendasi");
		assertThat(auditedCases("deviated=true")).as("the auditor's deviation filter").contains(walk.caseNumber());
		assertThat(auditedCases("deviated=false")).doesNotContain(walk.caseNumber());
	}

	@Test
	void recordsThatTheDecisionFollowedTheRecommendation() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo")
			.act("ppk-prob", "Task_DecideSanction", Map.of("outcome", "APPROVE", "decreeNumber", "SK-2/2024",
					"decidedOn", LocalDate.now().minusDays(1).toString()));

		JsonNode view = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/decision").getBody();
		assertThat(view.at("/decision/recommendationFollowed").asBoolean()).isTrue();
		assertThat(view.at("/decision/deviationReason").isMissingNode()).isTrue();
		assertThat(auditedCases("deviated=false")).as("the auditor's deviation filter").contains(walk.caseNumber());
		assertThat(auditedCases("deviated=true")).doesNotContain(walk.caseNumber());
	}

	/** Case numbers an auditor finds in Probolinggo with one more filter. */
	private List<String> auditedCases(String filter) {
		JsonNode page = Api.as(this.rest, "auditor")
			.get("/api/audit/cases?region=probolinggo&size=100&" + filter)
			.getBody();
		List<String> numbers = new ArrayList<>();
		page.get("content").forEach((row) -> numbers.add(row.get("caseNumber").asText()));
		return numbers;
	}

	@Test
	void refusesDecisionDatedBeforeTheCaseWasReceived() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		Api ppk = Api.as(this.rest, "ppk-prob");
		String taskId = walk.taskId("Task_DecideSanction");
		ppk.post("/api/tasks/" + taskId + "/claim");

		ResponseEntity<JsonNode> refused = ppk.post("/api/tasks/" + taskId + "/complete",
				Map.of("outcome", "APPROVE", "decreeNumber", "SK-3/2024", "decidedOn",
						LocalDate.now().minusDays(CaseWalk.RECEIVED_DAYS_AGO + 5).toString()));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("decidedOn");
		assertThat(walk.steps()).containsExactly("Task_DecideSanction");
	}

	@Test
	void refusesUnknownViolationCodeWithTheField() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		ResponseEntity<JsonNode> refused = Api.as(this.rest, "inspektur-prob")
			.post("/api/cases/" + walk.caseNumber() + "/recommendation/preview",
					Map.of("actsProven", List.of("BRIBERY")));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().at("/errors/0/field").asText()).startsWith("actsProven");
	}

	@Test
	void letsRunningCasesKeepTheirTableVersionWhenAnAdministratorDeploysANewOne() throws IOException {
		CaseWalk before = CaseWalk.registered(this.rest, "probolinggo");
		Api admin = Api.as(this.rest, "admin");
		String moderate = "<outputEntry id=\"Out_Catalogue_APPROACH_PARTY\"><text>&quot;MODERATE&quot;</text>";
		String shipped = Files.readString(Path.of("processes/rules/sanction-recommendation.dmn"));
		assertThat(shipped).contains(moderate);
		String stricter = shipped.replace(moderate, moderate.replace("MODERATE", "SEVERE"));

		ResponseEntity<JsonNode> deployed = admin.postDocument("/api/admin/sanction-table/versions", stricter,
				MediaType.APPLICATION_XML);

		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.CREATED);
		int version = deployed.getBody().get("tableVersion").asInt();
		CaseWalk after = CaseWalk.registered(this.rest, "probolinggo");
		assertThat(preview(before, "APPROACH_PARTY").get("level").asText()).isEqualTo("MODERATE");
		assertThat(preview(before, "APPROACH_PARTY").get("tableVersion").asInt()).isLessThan(version);
		assertThat(preview(after, "APPROACH_PARTY").get("level").asText()).isEqualTo("SEVERE");
		assertThat(preview(after, "APPROACH_PARTY").get("tableVersion").asInt()).isEqualTo(version);
		JsonNode versions = admin.get("/api/admin/sanction-table/versions").getBody();
		assertThat(versions.get(0).get("tableVersion").asInt()).isEqualTo(version);
		JsonNode change = admin.get("/api/admin/rule-changes").getBody().get(0);
		assertThat(change.get("subject").asText()).isEqualTo("SANCTION_TABLE");
		assertThat(change.get("version").asText()).isEqualTo(String.valueOf(version));
		assertThat(change.get("changedBy").asText()).isEqualTo("admin");
	}

	@Test
	void refusesUnreadableTableAndNonAdministrators() {
		Api admin = Api.as(this.rest, "admin");
		int versions = admin.get("/api/admin/sanction-table/versions").getBody().size();

		ResponseEntity<JsonNode> broken = admin.postDocument("/api/admin/sanction-table/versions",
				"<definitions><decision id=\"SanctionRecommendation\">", MediaType.APPLICATION_XML);
		ResponseEntity<JsonNode> byPpk = Api.as(this.rest, "ppk-prob")
			.postDocument("/api/admin/sanction-table/versions", "<x/>", MediaType.APPLICATION_XML);

		assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(broken.getBody().at("/errors/0/field").asText()).isEqualTo("dmn");
		assertThat(byPpk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(admin.get("/api/admin/sanction-table/versions").getBody()).hasSize(versions);
	}

	@Test
	void shipsTheHolidaysOfIdulFitri2024WithTheirCollectiveLeave() {
		JsonNode year = Api.as(this.rest, "admin").get("/api/admin/holidays/2024").getBody();

		List<String> april = new ArrayList<>();
		year.forEach((d) -> {
			if (d.get("date").asText().startsWith("2024-04")) {
				april.add(d.get("date").asText() + " " + d.get("kind").asText());
			}
		});
		assertThat(april).containsExactly("2024-04-08 COLLECTIVE_LEAVE", "2024-04-09 COLLECTIVE_LEAVE",
				"2024-04-10 NATIONAL", "2024-04-11 NATIONAL", "2024-04-12 COLLECTIVE_LEAVE",
				"2024-04-15 COLLECTIVE_LEAVE");
	}

	@Test
	void refusesHolidayListsWithDuplicatesOrDatesOutsideTheYearAndSavesNothing() {
		Api admin = Api.as(this.rest, "admin");
		List<Map<String, Object>> duplicate = List.of(day("2031-01-01"), day("2031-01-01"));
		List<Map<String, Object>> outside = List.of(day("2031-05-01"), day("2032-01-01"));

		ResponseEntity<JsonNode> dup = admin.put("/api/admin/holidays/2031", Map.of("holidays", duplicate));
		ResponseEntity<JsonNode> out = admin.post("/api/admin/holidays/2031", Map.of("holidays", outside));

		assertThat(dup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(dup.getBody().at("/errors/0/field").asText()).isEqualTo("holidays[1].date");
		assertThat(out.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(out.getBody().at("/errors/0/field").asText()).isEqualTo("holidays[1].date");
		assertThat(admin.get("/api/admin/holidays/2031").getBody()).isEmpty();
		assertThat(Api.as(this.rest, "ppk-prob").get("/api/admin/holidays/2031").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void extendsAYearAndRecordsTheChange() {
		Api admin = Api.as(this.rest, "admin");

		ResponseEntity<JsonNode> extended = admin.post("/api/admin/holidays/2032",
				Map.of("holidays", List.of(day("2032-03-03"))));

		assertThat(extended.getStatusCode()).as("%s", extended.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(extended.getBody()).hasSize(1);
		JsonNode change = admin.get("/api/admin/rule-changes").getBody().get(0);
		assertThat(change.get("subject").asText()).isEqualTo("HOLIDAYS");
		assertThat(change.get("action").asText()).isEqualTo("EXTEND");
		assertThat(change.get("version").asText()).isEqualTo("2032");
		assertThat(change.get("detail").asText()).contains("2032-03-03");
	}

	private JsonNode preview(CaseWalk walk, String act) {
		ResponseEntity<JsonNode> answer = Api.as(this.rest, "inspektur-prob")
			.post("/api/cases/" + walk.caseNumber() + "/recommendation/preview", Map.of("actsProven", List.of(act)));
		assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private static Map<String, Object> day(String date) {
		return Map.of("date", date, "kind", "NATIONAL", "name", "Hari libur uji");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((n) -> texts.add(n.asText()));
		return texts;
	}

}
