package id.pantau.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.Api;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the API refuses with 400 naming the field, saving nothing: JSON that is not one
 * object, dates and times in the wrong shape or out of range, control and direction
 * characters, missing query parameters and parts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class StrictInputIntegrationTests {

	private static final String REGION = "probolinggo";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void refusesACompletionWhoseBodyIsJsonNullAndKeepsTheTask() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId("Task_VerifyCase");
		Api intake = Api.as(this.rest, "intake-prob");
		assertThat(intake.post("/api/tasks/" + taskId + "/claim").getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> response = intake.post("/api/tasks/" + taskId + "/complete", "null");

		assertBadRequest(response, "body");
		assertThat(walk.steps()).containsExactly("Task_VerifyCase");
		assertThat(walk.assignee("Task_VerifyCase")).isEqualTo("intake-prob");
	}

	@Test
	void refusesTrailingContentAfterTheJsonBody() throws Exception {
		String nip = CaseWalk.uniqueNip();
		String body = this.json.writeValueAsString(CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip));

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/cases", body + " {}");

		assertBadRequest(response, "body");
		assertNothingRegistered(nip);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"2024-05-06T10:00:00Z\"", "\"2024-05-06T10:00:00\"", "20240506", "[2024,5,6]",
			"\"2024-5-6\"" })
	void refusesATimestampOrANumberWhereADateIsMeant(String receivedOn) throws Exception {
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip);
		registration.put("receivedOn", this.json.readTree(receivedOn));

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/cases", registration);

		assertBadRequest(response, "receivedOn");
		assertNothingRegistered(nip);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1949-12-31", "1900-01-01", "0001-01-01" })
	void refusesDatesBefore1950NamingTheField(String referenceDate) {
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip);
		registration.put("referenceDate", referenceDate);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.inEnglish()
			.post("/api/cases", registration);

		assertBadRequest(response, "referenceDate");
		assertThat(response.getBody().at("/errors/0/message").asText()).contains("1950").contains("2100");
		assertNothingRegistered(nip);
	}

	@Test
	void acceptsTheFirstAndLastDayOfTheRange() {
		Map<String, Object> registration = CaseWalk.registration(REGION, CaseWalk.uniqueReference(),
				CaseWalk.uniqueNip());
		registration.put("referenceDate", "1950-01-01");

		assertThat(Api.as(this.rest, "intake-prob").post("/api/cases", registration).getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Z", "+07:00", ":00Z" })
	void refusesAnOffsetWhereALocalTimeIsMeant(String offset) {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob");
		String taskId = walk.taskId("Task_IssueSummons");
		Api inspector = Api.as(this.rest, "insp1-prob");
		inspector.post("/api/tasks/" + taskId + "/claim");
		LocalDate issued = LocalDate.now().minusDays(30);

		ResponseEntity<JsonNode> response = inspector.post("/api/tasks/" + taskId + "/complete",
				Map.of("letterNumber", "700/" + walk.caseNumber(), "issuedOn", issued.toString(), "hearingAt",
						issued.plusDays(21).atTime(9, 0) + offset, "place", "Kantor Inspektorat"));

		assertBadRequest(response, "hearingAt");
		assertThat(walk.steps()).containsExactly("Task_IssueSummons");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Budi\u0000Santoso", "Budi\u0007", "\u202eosotnaS iduB", "Budi\u2066x\u2069",
			"Budi\nSantoso", "Budi\u0085", "Budi\u200f" })
	void refusesControlAndDirectionCharactersInANameNamingTheField(String name) {
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseFixture
			.withEmployee(CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip), "name", name);

		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.inEnglish()
			.post("/api/cases", registration);

		assertBadRequest(response, "employee.name");
		assertThat(response.getBody().at("/errors/0/message").asText()).contains("control");
		assertNothingRegistered(nip);
	}

	@Test
	void refusesALineBreakInAReferenceNumber() {
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseWalk.registration(REGION, "B-1/\n" + CaseWalk.uniqueReference(), nip);

		assertBadRequest(Api.as(this.rest, "intake-prob").post("/api/cases", registration), "referenceNumber");
		assertNothingRegistered(nip);
	}

	@Test
	void acceptsLineBreaksAndTabsInADescriptionButNoOtherControlCharacter() {
		Map<String, Object> lines = CaseWalk.registration(REGION, CaseWalk.uniqueReference(), CaseWalk.uniqueNip());
		lines.put("description", "Baris satu.\r\nBaris dua:\tunggahan.");
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> nul = CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip);
		nul.put("description", "Baris satu.\u0000");

		ResponseEntity<JsonNode> accepted = Api.as(this.rest, "intake-prob").post("/api/cases", lines);
		ResponseEntity<JsonNode> refused = Api.as(this.rest, "intake-prob").post("/api/cases", nul);

		assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getBody().get("description").asText()).isEqualTo("Baris satu.\r\nBaris dua:\tunggahan.");
		assertBadRequest(refused, "description");
		assertNothingRegistered(nip);
	}

	@Test
	void refusesControlCharactersInAStepsPayload() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String taskId = walk.taskId("Task_VerifyCase");
		Api intake = Api.as(this.rest, "intake-prob");
		intake.post("/api/tasks/" + taskId + "/claim");

		ResponseEntity<JsonNode> response = intake.post("/api/tasks/" + taskId + "/complete",
				Map.of("outcome", "NOT_OUR_AUTHORITY", "forwardedTo", "Inspektorat\u202e Provinsi"));

		assertBadRequest(response, "forwardedTo");
		assertThat(walk.steps()).containsExactly("Task_VerifyCase");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1900-01-01", "2101-01-01", "2024-05-06%2B07:00", "2024-05-06T00:00" })
	void refusesADateQueryParameterOutsideTheRangeOrInAnotherShapeNamingIt(String from) {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "auditor")
			.get("/api/audit/actions?actor=intake-prob&to=2024-12-31&from=" + from);

		assertBadRequest(response, "from");
	}

	@Test
	void namesTheMissingQueryParameter() {
		String today = LocalDate.now().toString();

		ResponseEntity<JsonNode> response = Api.as(this.rest, "auditor")
			.get("/api/audit/actions?from=" + today + "&to=" + today);

		assertBadRequest(response, "actor");
	}

	@Test
	void namesTheMissingFilePart() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("other", "x");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);

		ResponseEntity<JsonNode> response = this.rest.withBasicAuth("intake-prob", Api.DEMO_PASSWORD)
			.exchange("/api/cases/" + walk.caseNumber() + "/files", HttpMethod.POST, new HttpEntity<>(form, headers),
					JsonNode.class);

		assertBadRequest(response, "file");
	}

	@Test
	void answersAProblemForAFormParameterNameTheFirewallRefuses() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

		ResponseEntity<JsonNode> response = this.rest.withBasicAuth("intake-prob", Api.DEMO_PASSWORD)
			.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>("region%00x=probolinggo", headers),
					JsonNode.class);

		assertBadRequest(response, "request");
	}

	private void assertNothingRegistered(String nip) {
		ResponseEntity<JsonNode> found = Api.as(this.rest, "auditor").get("/api/cases?employeeNip=" + nip);
		assertThat(found.getBody().get("totalElements").asLong()).as("cases of NIP %s", nip).isZero();
	}

	static void assertBadRequest(ResponseEntity<JsonNode> response, String field) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> fields = new ArrayList<>();
		response.getBody().path("errors").forEach((e) -> fields.add(e.get("field").asText()));
		assertThat(fields).as("%s", response.getBody()).containsExactly(field);
	}

}
