package id.pantau.oversight;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.pantau.documents.CaseFilesIntegrationTests;
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
		this.jdbc.update("update audit_step set due_at = created_at where case_number = ?", waiting.caseNumber());
		this.jdbc.update("update oversight_step set due_at = created_at where case_number = ?", waiting.caseNumber());
		Api auditor = Api.as(this.rest, "auditor");

		List<String> atTeam = numbers(
				auditor.get("/api/audit/cases?region=pamekasan&stepKey=Task_AssignTeam&size=100"));
		List<String> overdue = numbers(auditor.get("/api/audit/cases?region=pamekasan&late=true&size=100"));
		JsonNode open = auditor
			.get("/api/audit/cases?status=OPEN&from=" + LocalDate.now().minusDays(40) + "&to=" + LocalDate.now()
					+ "&sort=caseNumber&size=1&page=0")
			.getBody();

		assertThat(atTeam).contains(accepted.caseNumber()).doesNotContain(waiting.caseNumber());
		assertThat(overdue).contains(waiting.caseNumber()).doesNotContain(accepted.caseNumber());
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
		String number = registered.getBody().get("caseNumber").asText();

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

		String period = "/api/audit/actions?actor=intake-prob&from=" + LocalDate.now(TestCalendar.WIB).minusDays(1)
				+ "&to=" + today + "&size=100&page=";
		JsonNode first = Api.as(this.rest, "auditor").get(period + 0).getBody();
		ArrayNode all = new ObjectMapper().createArrayNode();
		for (int page = 0; page < first.get("totalPages").asInt(); page++) {
			all.addAll((ArrayNode) Api.as(this.rest, "auditor").get(period + page).getBody().get("content"));
		}
		JsonNode actions = new ObjectMapper().createObjectNode().set("content", all);
		JsonNode tomorrow = Api.as(this.rest, "auditor")
			.get("/api/audit/actions?actor=intake-prob&from=" + LocalDate.now(TestCalendar.WIB).plusDays(2) + "&to="
					+ LocalDate.now(TestCalendar.WIB).plusDays(3))
			.getBody();

		assertThat(all).hasSize(first.get("totalElements").asInt());
		assertThat(actions.get("content").findValuesAsText("actor")).containsOnly("intake-prob");
		assertThat(actions.get("content").findValuesAsText("caseNumber")).contains(walk.caseNumber());
		assertThat(actions.get("content").findValuesAsText("action")).contains("TASK_COMPLETED", "TASK_CLAIMED");
		assertThat(tomorrow.get("totalElements").asLong()).isZero();
		assertThat(Api.as(this.rest, "auditor")
			.get("/api/audit/actions?actor=intake-prob&from=" + today + "&to="
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

		assertThat(csv).contains(walk.caseNumber() + ",probolinggo,").contains(",2026-03-02,2026-03-02T10:00+07:00,");
	}

	@Test
	void reportsStepDurationsAgainstTheirDeadlines() {
		JsonNode before = verifyDurations();
		CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today()).accept();
		JsonNode onTime = verifyDurations();
		// received 40 days ago: verified long after the 5 working days of its deadline
		CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today().minusDays(40)).accept();
		JsonNode late = verifyDurations();

		assertThat(onTime.get("finishedTasks").asLong()).isEqualTo(before.path("finishedTasks").asLong() + 1);
		assertThat(onTime.get("lateTasks").asLong()).isEqualTo(before.path("lateTasks").asLong());
		assertThat(late.get("lateTasks").asLong()).isEqualTo(onTime.get("lateTasks").asLong() + 1);
	}

	private JsonNode verifyDurations() {
		JsonNode durations = Api.as(this.rest, "auditor").get("/api/audit/step-durations?region=probolinggo").getBody();
		for (JsonNode d : durations) {
			if ("Task_VerifyCase".equals(d.get("stepKey").asText())) {
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
			if (walk.caseNumber().equals(l.get("caseNumber").asText())) {
				line = l;
			}
		}
		assertThat(line).as("%s", report).isNotNull();
		assertThat(line.get("employeeNip").asText()).isEqualTo(walk.nip());
		assertThat(line.get("actsProven").asText()).isEqualTo("SOCMED_INTERACT");
		assertThat(line.get("finalSanction").asText()).isEqualTo("DEMOTION_12_MONTHS");
		assertThat(line.get("followUpReportedOn").asText()).isEqualTo(hearing.toString());
		assertThat(line.get("deadlinesMet").asBoolean()).isTrue();
		assertThat(line.get("status").asText()).isEqualTo("CLOSED");
		assertThat(report.get("reported").asLong()).isEqualTo(report.get("cases").size());
		assertThat(report.get("proven").asLong()).isEqualTo(proven).isPositive();
		assertThat(report.get("followedUp").asLong()).isEqualTo(followedUp);
		assertThat(report.get("followUpRatePercent").asDouble())
			.isEqualTo(Math.round(1000.0 * followedUp / proven) / 10.0);
		String csv = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForObject("/api/audit/follow-up-report.csv?" + period, String.class);
		assertThat(csv).contains(walk.caseNumber())
			.contains("followUpRatePercent," + report.get("followUpRatePercent").asDouble());
		assertThat(Api.as(this.rest, "inspektur-prob").get("/api/audit/follow-up-report?" + period).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);

		assertDossier(walk);
	}

	@Test
	void filtersTheFollowUpReportByDecisionOrReportDateOverAPeriodOpenAtEitherEnd() {
		CaseWalk walk = followedUp("probolinggo");
		LocalDate received = LocalDate.now().minusDays(CaseWalk.RECEIVED_DAYS_AGO);
		LocalDate decided = LocalDate.now().minusDays(3);
		LocalDate today = LocalDate.now();

		assertThat(followUp("dateField=decidedOn&from=" + decided + "&to=" + decided)).contains(walk.caseNumber());
		assertThat(followUp("dateField=decidedOn&from=" + received + "&to=" + received))
			.doesNotContain(walk.caseNumber());
		assertThat(followUp("dateField=followUpReportedOn&from=" + today)).contains(walk.caseNumber());
		assertThat(followUp("dateField=followUpReportedOn&to=" + decided)).doesNotContain(walk.caseNumber());
		assertThat(followUp("from=" + received)).contains(walk.caseNumber());
		assertThat(followUp("")).contains(walk.caseNumber());
		JsonNode report = Api.as(this.rest, "hr-prob")
			.get("/api/audit/follow-up-report?region=probolinggo&dateField=decidedOn&to=" + decided)
			.getBody();
		assertThat(report.get("dateField").asText()).isEqualTo("decidedOn");
		assertThat(report.has("from")).isFalse();
		assertThat(report.get("to").asText()).isEqualTo(decided.toString());
	}

	@Test
	void refusesAFollowUpReportOverAReversedPeriodOrByAnUnknownDate() {
		ResponseEntity<JsonNode> reversed = Api.as(this.rest, "hr-prob")
			.get("/api/audit/follow-up-report?from=2024-05-02&to=2024-05-01");
		ResponseEntity<JsonNode> unknown = Api.as(this.rest, "hr-prob")
			.get("/api/audit/follow-up-report?dateField=signedOn");

		assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(reversed.getBody().at("/errors/0/field").asText()).isEqualTo("to");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("dateField");
	}

	private List<String> followUp(String query) {
		ResponseEntity<JsonNode> report = Api.as(this.rest, "hr-prob")
			.get("/api/audit/follow-up-report?region=probolinggo&" + query);
		assertThat(report.getStatusCode()).as("%s: %s", query, report.getBody()).isEqualTo(HttpStatus.OK);
		return report.getBody().get("cases").findValuesAsText("caseNumber");
	}

	private void assertDossier(CaseWalk walk) throws Exception {
		CaseFilesIntegrationTests files = new CaseFilesIntegrationTests();
		files.rest = this.rest;
		long fileId = files
			.upload("hr-prob", walk.caseNumber(), "sk.pdf", "application/pdf", CaseFilesIntegrationTests.PDF)
			.getBody()
			.get("fileId")
			.asLong();

		ResponseEntity<byte[]> pdf = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + walk.caseNumber() + "/dossier.pdf", byte[].class);

		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256(pdf.getBody()));
		String text;
		try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
			text = new PDFTextStripper().getText(doc);
		}
		String flat = text.replaceAll("\\s+", "");
		assertThat(text).as("in Indonesian")
			.contains("Berkas perkara " + walk.caseNumber())
			.contains("UTUH")
			.contains("Formulir dikirim")
			.contains("Kabupaten Probolinggo");
		assertThat(flat).contains(walk.nip())
			.contains(sha256(CaseFilesIntegrationTests.PDF))
			.contains("sk.pdf")
			.contains("KeputusanPPKSetujuirancangan")
			.contains("Penurunanjabatansetingkatlebihrendahselama12bulan(berat)")
			.as("people by name and position")
			.contains("DewiLestariningsih(BKPSDM)")
			.contains("BambangWicaksono(InspekturPembantu)")
			.contains("Waktu(WIB)")
			.contains("Penyusunan LHP".replace(" ", ""));
		assertThat(text).as("no login names, no codes of steps, sanctions, roles or regions")
			.doesNotContain("hr-prob")
			.doesNotContain("insp1-prob")
			.doesNotContain("ppk-prob")
			.doesNotContain("FORM_SUBMITTED")
			.doesNotContain("(hr)")
			.doesNotContain("probolinggo,");
		// the case was registered at 10:00 in Probolinggo, the dossier says so in its
		// zone, as Indonesians write it
		assertThat(text).containsPattern("Didaftarkan \\d{1,2} [A-Z][a-z]+ \\d{4} 10\\.00 WIB");
		JsonNode listed = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/files").getBody();
		assertThat(listed.findValuesAsText("kind")).contains("EVIDENCE", "GENERATED");
		assertThat(listed.findValuesAsText("sha256")).contains(sha256(pdf.getBody()));
		assertThat(fileId).isPositive();
		assertThat(Api.as(this.rest, "hr-prob").get("/api/cases/" + walk.caseNumber() + "/dossier.pdf").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	/** A case decided three days ago and reported today, walked with today's clock. */
	private CaseWalk followedUp(String region) {
		String s = CaseWalk.suffix(region);
		return CaseWalk.drafted(this.rest, region)
			.act("ppk-" + s, "Task_DecideSanction",
					Map.of("outcome", "APPROVE", "decreeNumber", "SK-800/9/2024", "decidedOn",
							LocalDate.now().minusDays(3).toString()))
			.act("hr-" + s, "Task_DeliverDecision",
					Map.of("deliveredOn", LocalDate.now().minusDays(2).toString(), "method", "IN_PERSON"))
			.act("hr-" + s, "Task_RecordAppeal",
					Map.of("type", "OBJECTION", "filedOn", LocalDate.now().minusDays(1).toString(), "grounds",
							"Keberatan atas hukuman"))
			.act("ppk-" + s, "Task_DecideObjection", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"))
			.act("hr-" + s, "Task_ReportFollowUp",
					Map.of("letterNumber", "800/3/2024", "reportedOn", LocalDate.now().toString()));
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
				.act("ppk-" + s, "Task_DecideObjection", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"))
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

	private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
