package id.pantau.oversight;

import id.pantau.shared.BusinessTime;
import id.pantau.audit.AuditLog;
import id.pantau.audit.AuditRecord;
import id.pantau.audit.ChainVerification;
import id.pantau.audit.ChainVerifier;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sizes and timings of the auditor's queries on a large generated history. Not part of
 * the build (the name does not end in Tests); run on demand:
 * {@code ./mvnw -o -q test -Dtest=AuditQueriesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the numbers from the output. Sizes: {@code -Dbenchmark.cases=…}.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class AuditQueriesBenchmark {

	static final String[] STEPS = { "Task_VerifyCase", "Task_AssignTeam", "Task_IssueSummons", "Task_RecordAttendance",
			"Task_ExamineEmployee", "Task_WriteReport", "Task_ReviewReport", "Task_DraftDecision",
			"Task_DecideSanction", "Task_DeliverDecision" };

	static final Set<String> REGIONS = Set.of("probolinggo", "pamekasan");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog log;

	@Autowired
	AuditQueries queries;

	@Autowired
	id.pantau.audit.AuditTrail trail;

	@Autowired
	FollowUpReportQuery followUp;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void measuresQueriesOnALargeHistory() {
		int cases = Integer.getInteger("benchmark.cases", 5000);
		long t0 = System.nanoTime();
		generate(cases);
		long entries = this.jdbc.queryForObject("select count(*) from audit_log", Long.class);
		long steps = this.jdbc.queryForObject("select count(*) from audit_step", Long.class);
		System.out.printf("BENCHMARK generated %d cases, %d steps, %d audit entries in %d ms%n", cases, steps, entries,
				ms(t0));
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2024, 12, 31);
		time("cases page 0 (all, by received)",
				() -> this.queries.cases(filter(null, null, null, null), 0, 20, AuditQueries.SortBy.receivedOn, true)
					.totalElements());
		time("cases page 240 (all, near the end)",
				() -> this.queries.cases(filter(null, null, null, null), 240, 20, AuditQueries.SortBy.receivedOn, true)
					.totalElements());
		time("cases overdue-ever, one year",
				() -> this.queries.cases(filter(from, to, null, true), 0, 20, AuditQueries.SortBy.caseNumber, false)
					.totalElements());
		time("cases ever at Task_DecideSanction",
				() -> this.queries
					.cases(filter(null, null, "Task_DecideSanction", null), 0, 20, AuditQueries.SortBy.registeredAt,
							true)
					.totalElements());
		time("cases CSV export (<= 10000 rows)",
				() -> (long) this.queries.allCases(filter(null, null, null, null), AuditQueries.SortBy.receivedOn, true)
					.size());
		time("actions of one user, 3 days",
				() -> this.trail
					.actionsOf("insp1-prob", LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), REGIONS, 0, 50)
					.totalElements());
		time("step durations, all", () -> (long) this.queries.stepDurations(REGIONS, null, null).size());
		time("follow-up report, one year",
				() -> this.followUp.of(REGIONS, FollowUpReportQuery.DateField.receivedOn, from, to).reported());
		time("follow-up report, no period",
				() -> this.followUp.of(REGIONS, FollowUpReportQuery.DateField.receivedOn, null, null).reported());
		ChainVerification v = timeValue("verify whole chain", () -> this.verifier.verify());
		assertThat(v.intact()).isTrue();
		assertThat(v.entriesChecked()).isEqualTo(entries);
	}

	private void generate(int cases) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		Instant base = LocalDate.of(2024, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC);
		for (int start = 0; start < cases; start += 500) {
			int first = start;
			int last = Math.min(cases, start + 500);
			tx.executeWithoutResult((s) -> batch(first, last, base));
		}
	}

	private void batch(int first, int last, Instant base) {
		List<Object[]> caseRows = new ArrayList<>();
		List<Object[]> stepRows = new ArrayList<>();
		for (int i = first; i < last; i++) {
			String region = (i % 2 == 0) ? "probolinggo" : "pamekasan";
			String number = "BENCH-2024-" + i;
			Instant registered = base.plus(i % 360, ChronoUnit.DAYS);
			caseRows.add(new Object[] { number, region, "BKN_RECOMMENDATION", "B-" + i + "/BENCH", "B-" + i + "/BENCH",
					Date.valueOf(LocalDate.ofInstant(registered, ZoneOffset.UTC)), java.sql.Timestamp.from(registered),
					"intake-prob", "PILKADA", 2024, "CANDIDACY", "Bench",
					String.format("19850101201001%04d", i % 10000), "Pegawai Fiktif " + i, "PNS", "Staf", "FUNCTIONAL",
					"Dinas", (i % 3 == 0) ? "CLOSED" : "OPEN" });
			int stepCount = 1 + i % STEPS.length;
			for (int s = 0; s < stepCount; s++) {
				Instant created = registered.plus(s * 5L, ChronoUnit.DAYS);
				Instant due = created.plus(7, ChronoUnit.DAYS);
				boolean open = s == stepCount - 1 && i % 3 != 0;
				Instant ended = open ? null : created.plus((i + s) % 10, ChronoUnit.DAYS);
				stepRows.add(new Object[] { "bench-" + i + "-" + s, number, region, STEPS[s], BusinessTime.utc(created),
						BusinessTime.utc(due), (ended != null) ? BusinessTime.utc(ended) : null });
				this.log.record(new AuditRecord("insp1-prob", "inspector", region, number, "TASK_COMPLETED", STEPS[s],
						"{\"payload\":{\"note\":\"bench\"}}", null));
			}
		}
		this.jdbc.batchUpdate("insert into neutrality_case (case_number, region_code, source, reference_number, "
				+ "reference_key, received_on, registered_at, registered_by, election_type, election_year, "
				+ "election_stage, description, employee_nip, employee_name, employment_type, employee_position, "
				+ "position_type, employee_unit, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				caseRows);
		this.jdbc
			.batchUpdate("insert into audit_step (task_id, case_number, region, step, created_at, due_at, ended_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)", stepRows);
		this.jdbc.update("insert into oversight_case (case_id, case_number, region_code, status, source, "
				+ "reference_number, employee_nip, employee_name, received_on, registered_at) select id, case_number, "
				+ "region_code, status, source, reference_number, employee_nip, employee_name, received_on, "
				+ "registered_at from neutrality_case where reference_number like '%/BENCH'");
		this.jdbc.batchUpdate(
				"insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at) "
						+ "values (?, ?, ?, ?, ?, ?, ?)",
				stepRows);
	}

	private static AuditQueries.CaseFilter filter(LocalDate from, LocalDate to, String step, Boolean overdue) {
		return new AuditQueries.CaseFilter(REGIONS, null, from, to, step, overdue, null);
	}

	private static void time(String name, Supplier<Long> query) {
		timeValue(name, query);
	}

	private static <T> T timeValue(String name, Supplier<T> query) {
		query.get();
		long t0 = System.nanoTime();
		T result = query.get();
		System.out.printf("BENCHMARK %-40s %6d ms  (%s)%n", name, ms(t0), summary(result));
		return result;
	}

	private static String summary(Object result) {
		String text = String.valueOf(result);
		return (text.length() > 60) ? text.substring(0, 60) : text;
	}

	private static long ms(long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}

}
