package id.pantau.oversight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversight's read model holds what the owning modules hold: after cases walked along
 * different routes (still open, closed at verification, decided and delivered, accepted
 * without appeal), every row of {@code oversight_case} and {@code oversight_step} equals
 * what the owners' tables say. The test reads the owners' tables directly, as only a test
 * may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class OversightRecordsIntegrationTests {

	/** The case facts as the owners hold them, in the read model's columns. */
	private static final String FROM_OWNERS = """
			select c.id case_id, c.case_number, c.region_code, c.status, c.closure_reason, c.source,
			       c.reference_number, c.employee_nip, c.employee_name, c.received_on,
			       (select r.proven from examination_report r where r.case_id = c.id
			          and r.review_outcome = 'APPROVED' order by r.revision desc limit 1) proven,
			       d.outcome decision_outcome, d.final_sanction, d.decided_on, d.recommendation_followed,
			       d.delivered_on, f.reported_on follow_up_reported_on, c.employee_unit, c.election_type,
			       c.election_year,
			       exists (select 1 from pledge_signatory s join pledge_campaign p on p.id = s.campaign_id
			          where s.nip = c.employee_nip and p.kind = 'INTEGRITY_PACT') pact_signed
			from neutrality_case c
			left join sanction_decision d on d.case_id = c.id
			left join follow_up_report f on f.case_id = c.id
			where c.case_number not like '~%'
			order by c.id""";

	private static final String FROM_READ_MODEL = """
			select case_id, case_number, region_code, status, closure_reason, source, reference_number,
			       employee_nip, employee_name, received_on, proven, decision_outcome, final_sanction, decided_on,
			       recommendation_followed, delivered_on, follow_up_reported_on, employee_unit, election_type,
			       election_year, pact_signed
			from oversight_case order by case_id""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OversightRecords records;

	@Test
	void holdsTheOwnersFactsOfCasesOnEveryRoute() {
		LocalDate decided = TestCalendar.today().minusDays(3);
		CaseWalk open = CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today());
		CaseWalk closed = CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today())
			.act("intake-prob", "Task_VerifyCase", Map.of("outcome", "NOT_OUR_AUTHORITY", "forwardedTo", "BKN"));
		CaseWalk delivered = CaseWalk.delivered(this.rest, "probolinggo", decided, decided.plusDays(1));

		List<Map<String, Object>> owners = this.jdbc.queryForList(FROM_OWNERS);
		assertThat(this.jdbc.queryForList(FROM_READ_MODEL)).containsExactlyElementsOf(owners);
		assertThat(this.jdbc.queryForList("select case_id, violation_code from oversight_case_act order by 1, 2"))
			.containsExactlyElementsOf(this.jdbc.queryForList("""
					select a.case_id, a.violation_code from alleged_act a join neutrality_case c on c.id = a.case_id
					where c.case_number not like '~%' order by 1, 2"""));
		assertThat(owners).extracting((row) -> row.get("CASE_NUMBER"))
			.contains(open.caseNumber(), closed.caseNumber(), delivered.caseNumber());
		Map<String, Object> row = this.jdbc
			.queryForMap("select status, closure_reason, proven, acts_proven, delivered_on from oversight_case "
					+ "where case_number = ?", delivered.caseNumber());
		assertThat(row.get("PROVEN")).isEqualTo(true);
		assertThat((String) row.get("ACTS_PROVEN")).isNotBlank();
		assertThat(row.get("DELIVERED_ON")).hasToString(decided.plusDays(1).toString());
		assertThat(this.jdbc.queryForObject("select status from oversight_case where case_number = ?", String.class,
				closed.caseNumber()))
			.isEqualTo("CLOSED");
	}

	@Test
	void holdsEveryStepOfTheStepRecordWithItsTimes() {
		CaseWalk.registered(this.rest, "pamekasan", TestCalendar.today()).accept();

		String columns = "task_id, case_number, region, step, created_at, due_at, ended_at";
		assertThat(this.jdbc.queryForList("select " + columns + " from oversight_step order by task_id"))
			.containsExactlyElementsOf(
					this.jdbc.queryForList("select " + columns + " from audit_step order by task_id"));
	}

	@Test
	void recordsTheActsOfTheApprovedReportAsTheReportHasThem() {
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", TestCalendar.today().minusDays(1));

		List<String> acts = this.jdbc.queryForList("""
				select a.violation_code from examination_report_act a join examination_report r on r.id = a.report_id
				join neutrality_case c on c.id = r.case_id
				where c.case_number = ? and r.review_outcome = 'APPROVED' order by a.violation_code""", String.class,
				walk.caseNumber());
		assertThat(this.jdbc.queryForObject("select acts_proven from oversight_case where case_number = ?",
				String.class, walk.caseNumber()))
			.isEqualTo(String.join(" ", acts));
	}

	/**
	 * The migrations that created the read model and added the dashboard's columns filled
	 * it from the owners' tables, and the start-up backfill what they could not: run
	 * again on an emptied read model (in a transaction rolled back after), they compute
	 * what the events built.
	 */
	@Test
	void fillsTheReadModelOnInstallationAsTheEventsBuildIt() throws Exception {
		CaseWalk.delivered(this.rest, "probolinggo", TestCalendar.today().minusDays(2), TestCalendar.today());
		// a report approved as not proven: no acts (null, as the fill has it, not "")
		CaseWalk.examined(this.rest, "probolinggo").writeReport(false).review(true);
		String all = "select * from oversight_case order by case_id";
		String steps = "select * from oversight_step order by task_id";
		String acts = "select * from oversight_case_act order by case_id, violation_code";
		List<Map<String, Object>> builtActs = this.jdbc.queryForList(acts);
		List<Map<String, Object>> built = this.jdbc.queryForList(all);
		List<Map<String, Object>> builtSteps = this.jdbc.queryForList(steps);
		assertThat(builtSteps).anySatisfy((s) -> assertThat(s.get("WORKING_DAYS")).isNotNull());
		String migration = Files.readString(Path.of("src/main/resources/db/migration/V18_1__oversight_read_model.sql"),
				StandardCharsets.UTF_8) + ";"
				+ Files.readString(Path.of("src/main/resources/db/migration/V22_1__dashboard_read_model.sql"),
						StandardCharsets.UTF_8);
		List<String> fills = Stream.of(migration.replaceAll("(?m)^--.*$", "").split(";"))
			.map(String::strip)
			.filter((sql) -> sql.startsWith("insert into oversight") || sql.startsWith("update oversight"))
			.toList();
		assertThat(fills).hasSize(9);

		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.update("delete from oversight_case");
			this.jdbc.update("delete from oversight_step");
			this.jdbc.update("delete from oversight_case_act");
			fills.forEach(this.jdbc::update);
			this.records.backfill();
			assertThat(this.jdbc.queryForList(all)).containsExactlyElementsOf(built);
			assertThat(this.jdbc.queryForList(steps)).containsExactlyElementsOf(builtSteps);
			assertThat(this.jdbc.queryForList(acts)).containsExactlyElementsOf(builtActs);
			status.setRollbackOnly();
		});
	}

}
