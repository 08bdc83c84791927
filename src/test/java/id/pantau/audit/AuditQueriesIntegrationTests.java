package id.pantau.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.pantau.Api;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import org.apache.pdfbox.Loader;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's queries and exports over HTTP: case filters, one user's actions, step
 * durations, CSV escaping, the follow-up report and the PDF dossier read back as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class AuditQueriesIntegrationTests {

	/**
	 * Commas and quotes to escape; line breaks cannot be in a name (CsvTests covers
	 * them).
	 */
	static final String AWKWARD_NAME = "Nur’aini, \"Ani\" Fiktif";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsCasesByStepAndOverdueEverWithinTheAuditorsRegions() {
		// received today: neither is late by the verification's deadline
		CaseWalk waiting = CaseWalk.registered(this.rest, "pamekasan", TestCalendar.today());
		CaseWalk accepted = CaseWalk.registered(this.rest, "pamekasan", TestCalendar.today()).accept();
		this.jdbc.update("update audit_step set due_at = created_at where case_number = ?", waiting.number());
		Api auditor = Api.as(this.rest, "auditor");

		List<String> atTeam = numbers(auditor.get("/api/audit/cases?region=pamekasan&step=Task_AssignTeam&size=100"));
		List<String> overdue = numbers(auditor.get("/api/audit/cases?region=pamekasan&overdueEver=true&size=100"));
		JsonNode open = auditor
			.get("/api/audit/cases?status=OPEN&from=" + LocalDate.now().minusDays(40) + "&to=" + LocalDate.now()
					+ "&sort=caseNumber&size=1&page=0")
			.getBody();

		assertThat(atTeam).contains(accepted.number()).doesNotContain(waiting.number());
		assertThat(overdue).contains(waiting.number()).doesNotContain(accepted.number());
		assertThat(open.get("content")).hasSize(1);
		assertThat(open.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(Api.as(this.rest, "hr-pmk").get("/api/audit/cases").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "admin").get("/api/audit/cases?region=buleleng").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void exportsCasesAsCsvWithCommasAndQuotesEscaped() {
		Map<String, Object> registration = CaseFixture.withEmployee(
				CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), CaseWalk.uniqueNip()), "name",
				AWKWARD_NAME);
		ResponseEntity<JsonNode> registered = Api.as(this.rest, "intake-prob").post("/api/cases", registration);
		String number = registered.getBody().get("number").asText();

		ResponseEntity<byte[]> csv = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/audit/cases.csv?region=probolinggo", byte[].class);

		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv").contains("UTF-8");
		String text = new String(csv.getBody(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("caseNumber,region,status,");
		assertThat(text).contains(number + ",probolinggo,OPEN,,\"Nur’aini, \"\"Ani\"\" Fiktif\",");
	}

	@Test
	void listsEverythingOneUserDidBetweenTwoDates() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		// periods are dates in WIB, the business time zone
		String today = LocalDate.now(TestCalendar.WIB).toString();

		String period = "/api/audit/actions?user=intake-prob&from=" + LocalDate.now(TestCalendar.WIB).minusDays(1)
				+ "&to=" + today + "&size=100&page=";
		JsonNode first = Api.as(this.rest, "auditor").get(period + 0).getBody();
		ArrayNode all = new ObjectMapper().createArrayNode();
		for (int page = 0; page < first.get("totalPages").asInt(); page++) {
			all.addAll((ArrayNode) Api.as(this.rest, "auditor").get(period + page).getBody().get("content"));
		}
		JsonNode actions = new ObjectMapper().createObjectNode().set("content", all);
		JsonNode tomorrow = Api.as(this.rest, "auditor")
			.get("/api/audit/actions?user=intake-prob&from=" + LocalDate.now(TestCalendar.WIB).plusDays(2) + "&to="
					+ LocalDate.now(TestCalendar.WIB).plusDays(3))
			.getBody();

		assertThat(all).hasSize(first.get("totalElements").asInt());
		assertThat(actions.get("content").findValuesAsText("actor")).containsOnly("intake-prob");
		assertThat(actions.get("content").findValuesAsText("caseNumber")).contains(walk.number());
		assertThat(actions.get("content").findValuesAsText("action")).contains("TASK_COMPLETED", "TASK_CLAIMED");
		assertThat(tomorrow.get("totalElements").asLong()).isZero();
		assertThat(Api.as(this.rest, "auditor")
			.get("/api/audit/actions?user=intake-prob&from=" + today + "&to="
					+ LocalDate.now(TestCalendar.WIB).minusDays(1))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void exportsMomentsInTheZoneOfTheCasesRegion() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T03:00:00Z")));
		CaseWalk walk;
		try {
			walk = CaseWalk.registered(this.rest, "probolinggo", LocalDate.parse("2026-03-02"));
		}
		finally {
			ClockUtil.reset();
		}

		String csv = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForObject("/api/audit/cases.csv?region=probolinggo&from=2026-03-02&to=2026-03-02", String.class);

		assertThat(csv).contains(walk.number() + ",probolinggo,").contains(",2026-03-02,2026-03-02T10:00+07:00,");
	}

	@Test
	void reportsStepDurationsAgainstTheirDeadlines() {
		JsonNode before = verifyDurations();
		CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today()).accept();
		JsonNode onTime = verifyDurations();
		// received 40 days ago: verified long after the 5 working days of its deadline
		CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today().minusDays(40)).accept();
		JsonNode late = verifyDurations();

		assertThat(onTime.get("finished").asLong()).isEqualTo(before.path("finished").asLong() + 1);
		assertThat(onTime.get("late").asLong()).isEqualTo(before.path("late").asLong());
		assertThat(late.get("late").asLong()).isEqualTo(onTime.get("late").asLong() + 1);
	}

	private JsonNode verifyDurations() {
		JsonNode durations = Api.as(this.rest, "auditor").get("/api/audit/step-durations?region=probolinggo").getBody();
		for (JsonNode d : durations) {
			if ("Task_VerifyCase".equals(d.get("step").asText())) {
				return d;
			}
		}
		return new ObjectMapper().createObjectNode();
	}

	@Test
	void buildsTheFollowUpReportAndTheDossierOfAFollowedUpCase() throws Exception {
		LocalDate received = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO);
		LocalDate hearing = TestCalendar.workingDaysAfter(received, 7);
		CaseWalk walk = followedUp("probolinggo", received, hearing);
		String from = received.toString();
		String period = "region=probolinggo&from=" + from + "&to=" + from;

		JsonNode report = Api.as(this.rest, "hr-prob").get("/api/audit/follow-up-report?" + period).getBody();

		JsonNode line = null;
		long proven = 0;
		long followedUp = 0;
		for (JsonNode l : report.get("cases")) {
			proven += l.path("proven").asBoolean() ? 1 : 0;
			followedUp += (l.path("proven").asBoolean() && l.hasNonNull("followUpReportedOn")) ? 1 : 0;
			if (walk.number().equals(l.get("caseNumber").asText())) {
				line = l;
			}
		}
		assertThat(line).as("%s", report).isNotNull();
		assertThat(line.get("employeeNip").asText()).isEqualTo(walk.nip());
		assertThat(line.get("actsProven").asText()).isEqualTo("SOCMED_INTERACT");
		assertThat(line.get("sanction").asText()).isEqualTo("DEMOTION_12_MONTHS");
		assertThat(line.get("followUpReportedOn").asText()).isEqualTo(hearing.toString());
		assertThat(line.get("deadlinesMet").asBoolean()).isTrue();
		assertThat(line.get("status").asText()).isEqualTo("CLOSED");
		assertThat(report.get("reported").asLong()).isEqualTo(report.get("cases").size());
		assertThat(report.get("proven").asLong()).isEqualTo(proven).isPositive();
		assertThat(report.get("followedUp").asLong()).isEqualTo(followedUp);
		assertThat(report.get("followUpRate").asDouble()).isEqualTo(Math.round(1000.0 * followedUp / proven) / 10.0);
		String csv = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForObject("/api/audit/follow-up-report.csv?" + period, String.class);
		assertThat(csv).contains(walk.number())
			.contains("followUpRatePercent," + report.get("followUpRate").asDouble());
		assertThat(Api.as(this.rest, "inspektur-prob").get("/api/audit/follow-up-report?" + period).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		assertDossier(walk);
	}

	private void assertDossier(CaseWalk walk) throws Exception {
		CaseFilesIntegrationTests files = new CaseFilesIntegrationTests();
		files.rest = this.rest;
		long fileId = files.upload("hr-prob", walk.number(), "sk.pdf", "application/pdf", CaseFilesIntegrationTests.PDF)
			.getBody()
			.get("id")
			.asLong();

		ResponseEntity<byte[]> pdf = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + walk.number() + "/dossier.pdf", byte[].class);

		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(ChainHash.sha256(pdf.getBody()));
		String text;
		try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
			text = new PDFTextStripper().getText(doc);
		}
		String flat = text.replaceAll("\\s+", "");
		assertThat(text).contains("Case dossier " + walk.number()).contains("INTACT").contains("FORM_SUBMITTED");
		assertThat(flat).contains(walk.nip())
			.contains(ChainHash.sha256(CaseFilesIntegrationTests.PDF))
			.contains("sk.pdf")
			.contains("PPKdecisionAPPROVEDEMOTION_12_MONTHS")
			.contains("hr-prob(hr)")
			.contains("when(WIB)");
		// the case was registered at 10:00 in Probolinggo, the dossier says so in its
		// zone
		assertThat(text).containsPattern("registered at \\d{4}-\\d{2}-\\d{2} 10:00:00 WIB");
		JsonNode listed = Api.as(this.rest, "auditor").get("/api/cases/" + walk.number() + "/files").getBody();
		assertThat(listed.findValuesAsText("kind")).contains("EVIDENCE", "GENERATED");
		assertThat(listed.findValuesAsText("sha256")).contains(ChainHash.sha256(pdf.getBody()));
		assertThat(fileId).isPositive();
		assertThat(Api.as(this.rest, "hr-prob").get("/api/cases/" + walk.number() + "/dossier.pdf").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	/**
	 * A case walked on time: received, verified, summoned on one day; heard, decided,
	 * delivered, appealed and reported on the day of the hearing (the engine clock
	 * follows).
	 */
	private CaseWalk followedUp(String region, LocalDate received, LocalDate hearing) {
		String s = CaseWalk.suffix(region);
		ClockUtil.setCurrentTime(Date.from(received.atTime(10, 0).atZone(TestCalendar.WIB).toInstant()));
		try {
			CaseWalk walk = CaseWalk.registered(this.rest, region, received)
				.accept()
				.assignTeam("insp1-" + s, "insp2-" + s)
				.summon(received, hearing.atTime(9, 0));
			ClockUtil.setCurrentTime(Date.from(hearing.atTime(15, 0).atZone(TestCalendar.WIB).toInstant()));
			return walk.attend(true)
				.examine(hearing)
				.writeReport(true)
				.review(true)
				.draft()
				.act("ppk-" + s, "Task_DecideSanction",
						Map.of("outcome", "APPROVE", "decreeNumber", "SK-800/9/2024", "decidedOn", hearing.toString()))
				.deliver(hearing)
				.act("hr-" + s, "Task_RecordAppeal",
						Map.of("type", "OBJECTION", "filedOn", hearing.toString(), "grounds", "Keberatan atas hukuman"))
				.act("ppk-" + s, "Task_DecideAppeal", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"))
				.act("hr-" + s, "Task_ReportFollowUp",
						Map.of("letterNumber", "800/3/2024", "reportedOn", hearing.toString()));
		}
		finally {
			ClockUtil.reset();
		}
	}

	private static List<String> numbers(ResponseEntity<JsonNode> page) {
		assertThat(page.getStatusCode()).as("%s", page.getBody()).isEqualTo(HttpStatus.OK);
		return page.getBody().get("content").findValuesAsText("caseNumber");
	}

}
