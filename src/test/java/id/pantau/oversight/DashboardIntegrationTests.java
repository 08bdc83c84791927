package id.pantau.oversight;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.calendar.Deadlines;
import id.pantau.identity.Authorities;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership's dashboard counts exactly what happened to a handful of cases walked
 * along the route in Probolinggo, all of elections of 2019 (no other test's case is of
 * that year, so the election filter isolates them): by stage and status, unit, alleged
 * act and election; the funnel and follow-up rate; overdue steps; working days per step;
 * cases of integrity-pact signatories (one signed before registration, one recorded by an
 * import after it); and the region's pledge coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests {

	static final String YEAR = "2019";

	static final String FILTER = "/api/dashboard?region=probolinggo&electionYear=" + YEAR;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Deadlines deadlines;

	@Autowired
	StepFigures figures;

	@Autowired
	WebApplicationContext context;

	final String u1 = "Dinas Uji " + UUID.randomUUID().toString().substring(0, 6);

	final String u2 = "Badan Uji " + UUID.randomUUID().toString().substring(0, 6);

	String late;

	String signatoryLater;

	JsonNode before;

	@BeforeAll
	void walkCases() {
		LocalDate today = TestCalendar.today();
		LocalDate old = today.minusDays(CaseWalk.RECEIVED_DAYS_AGO);
		// A: waiting for verification since long past its deadline
		this.late = register(old, "PEMILU", this.u1, List.of("BANNER", "PHOTO_WITH_CANDIDATE"), null).caseNumber();
		// B: accepted, waiting for the team
		register(today, "PILKADA", this.u1, List.of("BANNER"), null).accept();
		// C: closed at verification
		register(today, "PEMILU", this.u2, List.of("CAMPAIGN_TEAM"), null).act("intake-prob", "Task_VerifyCase",
				Map.of("outcome", "NOT_OUR_AUTHORITY", "forwardedTo", "BKN"));
		// D: of a pact signatory (signed before registration), proven, sanctioned,
		// followed up
		String signatory = CaseWalk.uniqueNip();
		signedPactDirectly(signatory);
		CaseWalk d = examined(register(old, "PEMILU", this.u2, List.of("STATE_FACILITIES"), signatory))
			.writeReport(true)
			.review(true)
			.draft()
			.decide(today.minusDays(3))
			.deliver(today.minusDays(2));
		d.act("hr-prob", "Task_RecordAppeal", Map.of("type", "OBJECTION", "filedOn", today.minusDays(1).toString(),
				"grounds", "Keberatan atas hukuman"));
		d.act("ppk-prob", "Task_DecideObjection", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"));
		d.act("hr-prob", "Task_ReportFollowUp", Map.of("letterNumber", "800/9/2019", "reportedOn", today.toString()));
		// F: proven and sanctioned, waiting for delivery
		examined(register(old, "PEMILU", this.u2, List.of("BANNER"), null)).writeReport(true)
			.review(true)
			.draft()
			.decide(today);
		// E: signs a pact after registration, by an import
		this.signatoryLater = CaseWalk.uniqueNip();
		register(today, "PEMILU", this.u1, List.of("BANNER"), this.signatoryLater);
		this.before = figures("ppk-prob", FILTER);
		importPactSignatory(this.signatoryLater);
	}

	@Test
	void countsCasesByStageStatusUnitViolationAndElection() {
		JsonNode f = figures("ppk-prob", FILTER);

		assertThat(rows(f.get("byStage"), "stage", "status", "cases")).containsExactly("verification OPEN 2",
				"verification CLOSED 1", "examination OPEN 1", "delivery OPEN 1", "follow-up CLOSED 1");
		assertThat(rows(f.get("byUnit"), "unit", "cases")).containsExactly(this.u2 + " 3", this.u1 + " 3");
		assertThat(rows(f.get("byViolation"), "violation", "cases")).containsExactly("BANNER 4", "CAMPAIGN_TEAM 1",
				"PHOTO_WITH_CANDIDATE 1", "STATE_FACILITIES 1");
		assertThat(rows(f.get("byElection"), "electionType", "electionYear", "cases")).containsExactly("PEMILU 2019 5",
				"PILKADA 2019 1");
		assertThat(rows(figures("ppk-prob", FILTER + "&electionType=PILKADA").get("byUnit"), "unit", "cases"))
			.containsExactly(this.u1 + " 1");
	}

	@Test
	void countsTheFunnelWithTheFollowUpRateOfTheFollowUpReport() {
		JsonNode funnel = figures("ppk-prob", FILTER).get("funnel");

		assertThat(funnel.get("reported").asLong()).isEqualTo(6);
		assertThat(funnel.get("proven").asLong()).isEqualTo(2);
		assertThat(funnel.get("sanctioned").asLong()).isEqualTo(2);
		assertThat(funnel.get("followedUp").asLong()).isEqualTo(1);
		assertThat(funnel.get("followUpRatePercent").asDouble()).isEqualTo(50.0);
	}

	@Test
	void countsOverdueStepsByStepAndOwnerRole() {
		JsonNode f = figures("inspektur-prob", FILTER);

		assertThat(rows(f.get("overdueByStep"), "stepKey", "ownerRole", "steps"))
			.containsExactly("Task_VerifyCase intake 1");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from oversight_step where case_number = ? and ended_at is null and due_at < ?",
				Long.class, this.late, java.sql.Timestamp.from(Instant.now())))
			.isEqualTo(1);
	}

	@Test
	void countsWorkingDaysPerStepAgainstItsDeadline() {
		JsonNode f = figures("auditor", FILTER);
		Map<String, String> byStep = new LinkedHashMap<>();
		f.get("stepDays")
			.forEach((s) -> byStep.put(s.get("stepKey").asText(),
					s.get("ownerRole").asText() + " " + s.get("deadlineDays").asInt() + " " + s.get("ended").asLong()
							+ " " + s.get("averageWorkingDays").asDouble() + " " + s.get("medianWorkingDays").asDouble()
							+ " " + s.get("onTimePercent").asDouble()));

		// B, C, D, F verified; D and F decided; every step ended within the test, on its
		// first day
		assertThat(byStep).containsEntry("Task_VerifyCase",
				"intake " + this.deadlines.workingDaysFor("verify-case") + " 4 0.0 0.0 100.0");
		assertThat(byStep).containsEntry("Task_DecideSanction",
				"ppk " + this.deadlines.workingDaysFor("decide-sanction") + " 2 0.0 0.0 100.0");
		assertThat(byStep).containsEntry("Task_ReportFollowUp",
				"hr " + this.deadlines.workingDaysFor("report-follow-up") + " 1 0.0 0.0 100.0");
		assertThat(byStep).containsEntry("Task_DeliverDecision",
				"hr " + this.deadlines.workingDaysFor("deliver-decision") + " 1 0.0 0.0 100.0");
		assertThat(byStep).hasSize(13);
	}

	/**
	 * Working days 1, 2, 4 and 7 against a deadline of 5: average 3.5, median 3, three of
	 * four on time (read-model rows of their own election year, written directly).
	 */
	@Test
	void averagesWorkingDaysAndTakesTheirMedianAndShareOnTime() {
		// the rows are removed again: the context (and its database) is shared with other
		// test classes, whose queries read every case of the read model
		try {
			int[] days = { 7, 1, 4, 2 };
			for (int i = 0; i < days.length; i++) {
				long caseId = -9_000_000L - i - 100 * Math.abs(UUID.randomUUID().hashCode() % 1000);
				String number = "UJI-2018-" + caseId;
				this.jdbc.update(
						"""
								insert into oversight_case (case_id, case_number, region_code, status, received_on, registered_at,
								    election_type, election_year, employee_unit, stage)
								values (?, ?, 'probolinggo', 'OPEN', ?, ?, 'PEMILU', 2018, 'Uji', 'report')""",
						caseId, number, TestCalendar.today(), java.sql.Timestamp.from(Instant.now()));
				this.jdbc
					.update("""
							insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at,
							    owner_role, deadline_days, working_days, received_on, election_type, election_year)
							values (?, ?, 'probolinggo', 'Task_WriteReport', ?, ?, ?, 'inspector', 5, ?, current_date, 'PEMILU', 2018)""",
							"uji-" + caseId, number, java.sql.Timestamp.from(Instant.now()),
							java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()), days[i]);
			}

			JsonNode step = figures("ppk-prob", "/api/dashboard?region=probolinggo&electionYear=2018").get("stepDays")
				.get(0);

			assertThat(step.get("stepKey").asText()).isEqualTo("Task_WriteReport");
			assertThat(step.get("ended").asLong()).isEqualTo(4);
			assertThat(step.get("deadlineDays").asInt()).isEqualTo(5);
			assertThat(step.get("averageWorkingDays").asDouble()).isEqualTo(3.5);
			assertThat(step.get("medianWorkingDays").asDouble()).isEqualTo(3.0);
			assertThat(step.get("onTimePercent").asDouble()).isEqualTo(75.0);
		}
		finally {
			this.jdbc.update("delete from oversight_step where case_number like 'UJI-2018-%'");
			this.jdbc.update("delete from oversight_case where case_number like 'UJI-2018-%'");
		}
	}

	/**
	 * Friday to Tuesday in Probolinggo (WIB) is two working days; days are the region's.
	 */
	@Test
	void countsTheWorkingDaysAStepTookInTheRegionsZone() {
		assertThat(this.figures.workingDaysTaken("probolinggo", Instant.parse("2025-01-10T10:00:00Z"),
				Instant.parse("2025-01-14T02:00:00Z")))
			.isEqualTo(2);
		// 18:00 UTC on Thursday is already Friday in WIB: ended on Friday morning, the
		// same day
		assertThat(this.figures.workingDaysTaken("probolinggo", Instant.parse("2025-01-09T18:00:00Z"),
				Instant.parse("2025-01-10T02:00:00Z")))
			.isZero();
		assertThat(this.figures.workingDaysTaken("probolinggo", Instant.parse("2025-01-13T01:00:00Z"),
				Instant.parse("2025-01-13T09:00:00Z")))
			.isZero();
	}

	@Test
	void countsCasesOfPactSignatoriesAndOthersKeptCurrentByImports() {
		assertThat(rows(this.before.get("pact"), "signedPact", "cases", "proven")).containsExactly("true 1 1",
				"false 5 1");
		assertThat(rows(figures("ppk-prob", FILTER).get("pact"), "signedPact", "cases", "proven"))
			.containsExactly("true 2 1", "false 4 1");
	}

	@Test
	void showsTheRegionsPledgeCoverageAsThePledgesModuleCountsIt() {
		JsonNode coverage = figures("ppk-prob", FILTER).get("coverage");
		JsonNode pledges = Api.as(this.rest, "ppk-prob").get("/api/pledges/coverage?region=probolinggo").getBody();

		assertThat(coverage).isEqualTo(pledges);
		assertThat(figures("auditor", "/api/dashboard?electionYear=" + YEAR).has("coverage"))
			.as("no coverage over two regions")
			.isFalse();
	}

	@Test
	void letsOnlyTheLeadershipAndAuditorsSeeItWithinTheirRegions() {
		assertThat(Api.as(this.rest, "intake-prob").get(FILTER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "hr-prob").get(FILTER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "ppk-pmk").get(FILTER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "ppk-bll").get("/api/dashboard?region=pamekasan").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(xlsx("intake-prob", FILTER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(xlsx("ppk-pmk", FILTER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "admin").get(FILTER).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(rows(figures("ppk-pmk", "/api/dashboard?electionYear=" + YEAR).get("byUnit"), "unit", "cases"))
			.as("no Probolinggo case in Pamekasan's figures")
			.isEmpty();
	}

	@Test
	void showsThePageOnlyToTheLeadershipAndAuditorsWithinTheirRegions() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String page = "/dashboard?region=probolinggo&electionYear=" + YEAR;

		mvc.perform(get(page).with(page("ppk-prob", "ppk", "probolinggo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.u1)))
			.andExpect(content().string(containsString("id=\"funnel\"")));
		mvc.perform(get(page).with(page("intake-prob", "intake", "probolinggo"))).andExpect(status().isForbidden());
		mvc.perform(get(page).with(page("ppk-pmk", "ppk", "pamekasan"))).andExpect(status().isForbidden());
		mvc.perform(get(page.replace("/dashboard?", "/dashboard.xlsx?")).with(page("hr-prob", "hr", "probolinggo")))
			.andExpect(status().isForbidden());
		mvc.perform(get(page.replace("/dashboard?", "/dashboard.xlsx?")).with(page("ppk-prob", "ppk", "probolinggo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(DashboardController.XLSX));
		mvc.perform(get(page + "&electionType=PILPRES").with(page("ppk-prob", "ppk", "probolinggo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Jenis pemilihan &quot;PILPRES&quot; tidak dikenal")));
	}

	private static RequestPostProcessor page(String username, String role, String region) {
		return user(username).authorities(Authorities.of(Set.of(role), Set.of(region)));
	}

	@Test
	void refusesBadFiltersNamingTheField() {
		ResponseEntity<JsonNode> reversed = Api.as(this.rest, "ppk-prob")
			.get("/api/dashboard?from=2024-05-01&to=2024-04-01");
		ResponseEntity<JsonNode> type = Api.as(this.rest, "ppk-prob").get("/api/dashboard?electionType=PILPRES");
		ResponseEntity<JsonNode> year = Api.as(this.rest, "ppk-prob").get("/api/dashboard?electionYear=29");
		ResponseEntity<JsonNode> date = Api.as(this.rest, "ppk-prob").get("/api/dashboard?from=kemarin");

		assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(reversed.getBody().toString()).contains("\"to\"");
		assertThat(type.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(type.getBody().toString()).contains("electionType").contains("PILPRES");
		assertThat(year.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(year.getBody().toString()).contains("electionYear");
		assertThat(date.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(date.getBody().toString()).contains("from");
		assertThat(xlsx("ppk-prob", "/api/dashboard?electionType=PILPRES").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void exportsTheSameFiguresAsAWorkbook() throws IOException {
		JsonNode f = figures("ppk-prob", FILTER);
		ResponseEntity<byte[]> file = xlsx("ppk-prob", FILTER.replace("/api/dashboard?", "/api/dashboard.xlsx?"));

		assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getBody()))) {
			assertThat(sheet(book, "funnel"))
				.containsExactly("reported proven sanctioned followedUp followUpRatePercent", "6 2 2 1 50");
			assertThat(sheet(book, "byStage")).containsExactlyElementsOf(
					withHeader("stage status cases", rows(f.get("byStage"), "stage", "status", "cases")));
			assertThat(sheet(book, "byUnit"))
				.containsExactlyElementsOf(withHeader("unit cases", rows(f.get("byUnit"), "unit", "cases")));
			assertThat(sheet(book, "byViolation")).containsExactlyElementsOf(
					withHeader("violation cases", rows(f.get("byViolation"), "violation", "cases")));
			assertThat(sheet(book, "overdueByStep")).containsExactly("stepKey ownerRole steps",
					"Task_VerifyCase intake 1");
			assertThat(sheet(book, "pact")).containsExactly("signedPact cases proven", "TRUE 2 1", "FALSE 4 1");
			assertThat(book.getSheet("coverage")).isNotNull();
		}
	}

	private static List<String> withHeader(String header, List<String> rows) {
		List<String> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		return all;
	}

	private static List<String> sheet(XSSFWorkbook book, String name) {
		Sheet sheet = book.getSheet(name);
		DataFormatter format = new DataFormatter();
		List<String> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			row.forEach((c) -> cells.add(format.formatCellValue(c)));
			rows.add(String.join(" ", cells));
		}
		return rows;
	}

	private JsonNode figures(String user, String path) {
		ResponseEntity<JsonNode> answer = Api.as(this.rest, user).get(path);
		assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private ResponseEntity<byte[]> xlsx(String user, String path) {
		return this.rest.withBasicAuth(user, Api.DEMO_PASSWORD)
			.getForEntity(path.replace("/api/dashboard?", "/api/dashboard.xlsx?"), byte[].class);
	}

	private static List<String> rows(JsonNode list, String... fields) {
		List<String> rows = new ArrayList<>();
		list.forEach((r) -> {
			List<String> values = new ArrayList<>();
			for (String field : fields) {
				values.add(r.get(field).asText());
			}
			rows.add(String.join(" ", values));
		});
		return rows;
	}

	private CaseWalk register(LocalDate received, String electionType, String unit, List<String> acts, String nip) {
		String employeeNip = (nip != null) ? nip : CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), employeeNip,
				received);
		registration.put("election",
				Map.of("type", electionType, "year", Integer.parseInt(YEAR), "stage", "CANDIDACY"));
		registration.put("allegedActs", acts);
		@SuppressWarnings("unchecked")
		Map<String, Object> employee = (Map<String, Object>) registration.get("employee");
		employee.put("unit", unit);
		ResponseEntity<JsonNode> registered = Api.as(this.rest, "intake-prob").post("/api/cases", registration);
		assertThat(registered.getStatusCode()).as("register: %s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		return CaseWalk.existing(this.rest, "probolinggo", registered.getBody().get("caseNumber").asText());
	}

	private static CaseWalk examined(CaseWalk walk) {
		LocalDate issued = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		return walk.accept()
			.assignTeam("insp1-prob", "insp2-prob")
			.summon(issued, hearing.atTime(9, 0))
			.attend(true)
			.examine(hearing);
	}

	/** An integrity pact the registry knows the employee signed, recorded directly. */
	private void signedPactDirectly(String nip) {
		this.jdbc.update("""
				insert into pledge_campaign (region_code, kind, title, held_on, created_by, created_at)
				values ('probolinggo', 'INTEGRITY_PACT', 'Pakta uji', ?, 'hr-prob', ?)""",
				TestCalendar.today().minusDays(20), java.sql.Timestamp.from(Instant.now()));
		Long campaign = this.jdbc.queryForObject("select max(id) from pledge_campaign", Long.class);
		this.jdbc.update(
				"insert into org_unit (region_code, unit_key, name, headcount, updated_at) "
						+ "values ('probolinggo', ?, ?, 4, ?)",
				this.u2.toUpperCase(java.util.Locale.ROOT), this.u2, java.sql.Timestamp.from(Instant.now()));
		this.jdbc.update("""
				insert into pledge_signatory (campaign_id, region_code, nip, name, unit_key, signed_on)
				values (?, 'probolinggo', ?, 'Penanda Tangan', ?, ?)""", campaign, nip,
				this.u2.toUpperCase(java.util.Locale.ROOT), TestCalendar.today().minusDays(20));
	}

	/** Records the employee as a signatory of a new integrity pact through an import. */
	private void importPactSignatory(String nip) {
		JsonNode units = finished(Api.as(this.rest, "hr-prob")
			.upload("/api/pledges/units", "units.csv", "text/csv",
					("Unit,Jumlah Pegawai\n" + this.u1 + ",10\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(units.get("refused").asInt()).isZero();
		ResponseEntity<JsonNode> created = Api.as(this.rest, "hr-prob")
			.post("/api/pledges/campaigns", Map.of("region", "probolinggo", "kind", "INTEGRITY_PACT", "title",
					"Pakta integritas uji", "heldOn", TestCalendar.today().minusDays(1).toString()));
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		long campaign = created.getBody().get("campaignId").asLong();
		JsonNode done = finished(Api.as(this.rest, "hr-prob")
			.upload("/api/pledges/campaigns/" + campaign + "/signatories", "pakta.csv", "text/csv",
					("NIP,Nama,Unit\n" + nip + ",Penanda Tangan," + this.u1 + "\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(done.get("accepted").asInt()).isEqualTo(1);
	}

	private JsonNode finished(ResponseEntity<JsonNode> started) {
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.ACCEPTED);
		long id = started.getBody().get("importId").asLong();
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < until) {
			JsonNode status = Api.as(this.rest, "hr-prob").get("/api/pledges/imports/" + id).getBody();
			if (!"RUNNING".equals(status.get("status").asText())) {
				assertThat(status.get("status").asText()).isEqualTo("DONE");
				return status;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("import " + id + " still running");
	}

}
