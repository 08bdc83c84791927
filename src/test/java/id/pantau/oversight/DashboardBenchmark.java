package id.pantau.oversight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at national scale: 100,000 cases in 500 regions (with their alleged acts
 * and about 450,000 steps) written into oversight's read model, then each kind of request
 * repeated after a warm-up, printing p50 / p95 / max. Not part of the build (the name
 * does not end in Tests); run on demand, H2 and PostgreSQL
 * ({@link DashboardOnPostgresBenchmark}):
 * {@code ./mvnw -o -q test -Djacoco.skip=true -Dtest='DashboardBenchmark,DashboardOnPostgresBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}.
 * Sizes: {@code -Dbenchmark.cases=…}, {@code -Dbenchmark.regions=…},
 * {@code -Dbenchmark.runs=…}.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class DashboardBenchmark {

	static final String[] STEPS = { "Task_VerifyCase", "Task_AssignTeam", "Task_IssueSummons", "Task_RecordAttendance",
			"Task_ExamineEmployee", "Task_WriteReport", "Task_ReviewReport", "Task_DecideSanction" };

	static final String[] ROLES = { "intake", "chief-inspector", "inspector", "inspector", "inspector", "inspector",
			"chief-inspector", "ppk" };

	static final String[] STAGES = { "verification", "examination", "examination", "examination", "examination",
			"report", "report", "decision" };

	static final String[] ACTS = { "BANNER", "PHOTO_WITH_CANDIDATE", "APPROACH_PARTY", "CAMPAIGN_TEAM",
			"STATE_FACILITIES", "SOCMED_INTERACT" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboard dashboard;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void measuresTheDashboardAtNationalScale() {
		int cases = Integer.getInteger("benchmark.cases", 100_000);
		int regionCount = Integer.getInteger("benchmark.regions", 500);
		int runs = Integer.getInteger("benchmark.runs", 50);
		String database = this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		long t0 = System.nanoTime();
		generate(cases, regionCount);
		if (database.startsWith("PostgreSQL")) {
			this.jdbc.execute("analyze");
		}
		long steps = this.jdbc.queryForObject("select count(*) from oversight_step where task_id like 'db-%'",
				Long.class);
		System.out.printf("BENCHMARK %s: %d cases in %d regions, %d steps, generated in %d ms%n", database, cases,
				regionCount, steps, ms(t0));
		List<String> all = IntStream.range(0, regionCount).mapToObj(DashboardBenchmark::region).toList();
		List<String> one = List.of(region(7));
		LocalDate from = LocalDate.of(2024, 1, 1);
		LocalDate to = LocalDate.of(2024, 3, 31);
		Dashboard.Filter admin = new Dashboard.Filter(all, null, null, null, null);
		Dashboard.Filter adminFiltered = new Dashboard.Filter(all, from, to, "PILKADA", 2024);
		Dashboard.Filter region = new Dashboard.Filter(one, null, null, null, null);
		Dashboard.Filter regionFiltered = new Dashboard.Filter(one, from, to, "PILKADA", 2024);
		assertThat(this.dashboard.of(admin, null).funnel().reported()).isEqualTo(cases);
		measure(database, "all " + regionCount + " regions (admin)", runs, () -> this.dashboard.of(admin, null));
		measure(database, "all regions, period + election", runs, () -> this.dashboard.of(adminFiltered, null));
		measure(database, "one region", runs, () -> this.dashboard.of(region, null));
		measure(database, "one region, period + election", runs, () -> this.dashboard.of(regionFiltered, null));
	}

	static String region(int i) {
		return "bench-%03d".formatted(i);
	}

	private void generate(int cases, int regions) {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		Instant base = LocalDate.of(2023, 1, 2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		Instant now = Instant.now();
		for (int start = 0; start < cases; start += 5000) {
			int first = start;
			int last = Math.min(cases, start + 5000);
			tx.executeWithoutResult((s) -> batch(first, last, regions, base, now));
		}
	}

	private void batch(int first, int last, int regions, Instant base, Instant now) {
		List<Object[]> caseRows = new ArrayList<>();
		List<Object[]> actRows = new ArrayList<>();
		List<Object[]> stepRows = new ArrayList<>();
		for (int i = first; i < last; i++) {
			long caseId = 50_000_000L + i;
			String number = "DB-" + i;
			String region = region(i % regions);
			LocalDate received = LocalDate.of(2023, 1, 2).plusDays(i % 730);
			boolean closed = i % 3 == 0;
			int stepCount = 1 + i % STEPS.length;
			boolean proven = i % 4 == 0;
			String type = (i % 3 == 0) ? "PEMILU" : "PILKADA";
			caseRows.add(new Object[] { caseId, number, region, closed ? "CLOSED" : "OPEN", Date.valueOf(received),
					"Dinas " + (i % 20), type, 2024, i % 5 == 0, STAGES[stepCount - 1], (i % 2 == 0) ? proven : null,
					(i % 8 == 0) ? "DEMOTION_12_MONTHS" : null,
					(i % 16 == 0) ? Date.valueOf(received.plusDays(90)) : null });

			actRows.add(new Object[] { caseId, ACTS[i % ACTS.length], region, Date.valueOf(received), type, 2024 });
			if (i % 3 == 1) {
				actRows.add(new Object[] { caseId, ACTS[(i + 1) % ACTS.length], region, Date.valueOf(received), type,
						2024 });
			}
			Instant registered = base.plus(i % 730, ChronoUnit.DAYS);
			for (int s = 0; s < stepCount; s++) {
				Instant created = registered.plus(s * 5L, ChronoUnit.DAYS);
				Instant due = created.plus(7, ChronoUnit.DAYS);
				boolean open = s == stepCount - 1 && !closed;
				Instant ended = open ? null : created.plus((i + s) % 10, ChronoUnit.DAYS);
				stepRows.add(new Object[] { "db-" + i + "-" + s, number, region, STEPS[s], ts(created), ts(due),
						ts(ended), ROLES[s], 5, open ? null : (i + s) % 8, Date.valueOf(received), type, 2024 });
			}
		}
		this.jdbc.batchUpdate("""
				insert into oversight_case (case_id, case_number, region_code, status, received_on, employee_unit,
				    election_type, election_year, pact_signed, stage, proven, final_sanction, follow_up_reported_on)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseRows);
		this.jdbc.batchUpdate("insert into oversight_case_act (case_id, violation_code, region_code, received_on, "
				+ "election_type, election_year) values (?, ?, ?, ?, ?, ?)", actRows);
		this.jdbc.batchUpdate("""
				insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at,
				    owner_role, deadline_days, working_days, received_on, election_type, election_year)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", stepRows);
	}

	private static Timestamp ts(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static void measure(String database, String name, int runs, Supplier<Dashboard.Figures> request) {
		for (int i = 0; i < 10; i++) {
			request.get();
		}
		long[] ms = new long[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			request.get();
			ms[i] = (System.nanoTime() - t0) / 1_000_000;
		}
		Arrays.sort(ms);
		System.out.printf("BENCHMARK %-10s %-36s p50 %4d ms  p95 %4d ms  max %4d ms  (%d runs)%n", database, name,
				ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
		System.out.flush();
	}

	private static long ms(long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}

}
