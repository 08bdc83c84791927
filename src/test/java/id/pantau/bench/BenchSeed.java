package id.pantau.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pantau.CaseWalk;
import id.pantau.PantauApplication;
import id.pantau.TestCalendar;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the benchmark's data: {@code regions} regions, three real cases walked through
 * Pantau's API (one at verification, one at its hearing, one to the end: decided,
 * delivered, appealed, reported), then copies of them ({@link CaseCloner}): most cases at
 * verification, some at their hearing, some closed; about one open step in ten held by
 * the region's intake user, open cases registered 0-29 days ago (so many are overdue),
 * closed ones 30-329 days ago.
 */
final class BenchSeed {

	/** The size of the data, with how it was made. */
	record Seeded(Map<String, Long> counts, long bytesBefore, long bytesWithClosed, long bytesAll, int closedCases,
			Map<String, Long> rowsPerTemplate, Duration took) {

		/** Database bytes per closed case, history included, after compaction. */
		long bytesPerClosedCase() {
			return (this.closedCases > 0) ? (this.bytesWithClosed - this.bytesBefore) / this.closedCases : 0;
		}

	}

	private BenchSeed() {
	}

	static String region(int i) {
		return "bench%03d".formatted(i);
	}

	static String prefix(int i) {
		return "U%03d".formatted(i);
	}

	/** The intake user of a benchmark region. */
	static String intakeUser(int i) {
		return "intake-u%03d".formatted(i);
	}

	static Seeded seed(BenchDatabase database, Path home, int regions, int openCases, int closedCases)
			throws SQLException {
		long started = System.nanoTime();
		Map<String, String> templates = templates(database, home, regions);
		log("templates walked through the API: %s", templates);
		Map<String, Long> perTemplate = new LinkedHashMap<>();
		long before = database.compactedSize();
		int[] serials = new int[regions + 1];
		long bytesWithClosed;
		try (Connection db = database.seeding()) {
			CaseCloner cloner = new CaseCloner(db, database);
			CaseCloner.Template verify = cloner.template(templates.get("verify"));
			CaseCloner.Template hearing = cloner.template(templates.get("hearing"));
			CaseCloner.Template closed = cloner.template(templates.get("closed"));
			for (var t : Map.of("verify", verify, "hearing", hearing, "closed", closed).entrySet()) {
				perTemplate.put(t.getKey() + " engine rows", t.getValue().rowCount("ACT_"));
				perTemplate.put(t.getKey() + " history rows", t.getValue().rowCount("ACT_HI_"));
				perTemplate.put(t.getKey() + " Pantau rows",
						t.getValue().rows().values().stream().mapToLong(List::size).sum()
								- t.getValue().rowCount("ACT_"));
			}
			String year = verify.caseNumber().split("-")[1];
			for (int k = 0; k < closedCases; k++) {
				int r = 1 + (k * 7) % regions;
				cloner.copy(closed, copy(k, r, year, ++serials[r], -(30 + k % 300), null));
				flushEvery(cloner, k, "closed");
			}
			cloner.flush();
			database.seeded(db);
		}
		bytesWithClosed = database.compactedSize();
		try (Connection db = database.seeding()) {
			CaseCloner cloner = new CaseCloner(db, database);
			CaseCloner.Template verify = cloner.template(templates.get("verify"));
			CaseCloner.Template hearing = cloner.template(templates.get("hearing"));
			String year = verify.caseNumber().split("-")[1];
			for (int k = 0; k < openCases; k++) {
				int r = 1 + k % regions;
				boolean atHearing = k % 50 == 7;
				String holder = (!atHearing && k % 10 == 3) ? intakeUser(r) : null;
				cloner.copy(atHearing ? hearing : verify,
						copy(closedCases + k, r, year, ++serials[r], -(k % 30), holder));
				flushEvery(cloner, k, "open");
			}
			cloner.finish();
			counters(db, serials, year);
			database.seeded(db);
			database.analyze(db);
		}
		long all = database.compactedSize();
		Map<String, Long> counts;
		try (Connection db = database.seeding()) {
			counts = counts(db);
			database.seeded(db);
		}
		return new Seeded(counts, before, bytesWithClosed, all, closedCases, perTemplate,
				Duration.ofNanos(System.nanoTime() - started));
	}

	static Map<String, Long> counts(Connection db) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("regions", BenchDatabase.count(db, "select count(*) from region"));
		counts.put("cases", BenchDatabase.count(db, "select count(*) from neutrality_case"));
		counts.put("closed cases",
				BenchDatabase.count(db, "select count(*) from neutrality_case where status = 'CLOSED'"));
		counts.put("open tasks", BenchDatabase.count(db, "select count(*) from ACT_RU_TASK"));
		counts.put("overdue open tasks", BenchDatabase.count(db,
				"select count(*) from audit_step where ended_at is null and due_at < current_timestamp"));
		long history = 0;
		for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
				"ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_JOB_LOG", "ACT_HI_DECINST",
				"ACT_HI_DEC_IN", "ACT_HI_DEC_OUT")) {
			history += BenchDatabase.count(db, "select count(*) from " + table);
		}
		counts.put("engine history rows", history);
		counts.put("audit log entries", BenchDatabase.count(db, "select count(*) from audit_log"));
		counts.put("step records", BenchDatabase.count(db, "select count(*) from audit_step"));
		return counts;
	}

	private static CaseCloner.Copy copy(long serial, int region, String year, int number, int days, String holder) {
		return new CaseCloner.Copy(serial, "%s-%s-%05d".formatted(prefix(region), year, number), region(region),
				Duration.ofDays(days), holder);
	}

	private static void flushEvery(CaseCloner cloner, int k, String what) throws SQLException {
		if (k % 200 == 199) {
			cloner.flush();
		}
		if (k % 10_000 == 9_999) {
			log("%d %s cases copied", k + 1, what);
		}
	}

	private static void counters(Connection db, int[] serials, String year) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(
				"insert into case_number_counter (region_code, case_year, last_value) values (?, ?, ?)")) {
			for (int r = 1; r < serials.length; r++) {
				insert.setString(1, region(r));
				insert.setInt(2, Integer.parseInt(year));
				insert.setInt(3, serials[r]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		db.commit();
	}

	/**
	 * Starts Pantau in this JVM on the database, adds the regions, walks the three
	 * template cases in Probolinggo as its demo users, and stops it.
	 */
	private static Map<String, String> templates(BenchDatabase database, Path home, int regions) {
		List<String> arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--server.port=0", "--pantau.demo.enabled=false",
				"--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off",
				"--pantau.audit.files-directory=" + home.resolve("files").toAbsolutePath()));
		try (ConfigurableApplicationContext pantau = new SpringApplicationBuilder(PantauApplication.class)
			.run(arguments.toArray(String[]::new))) {
			addRegions(pantau.getBean(JdbcTemplate.class), regions);
			TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder()
				.rootUri("http://localhost:" + pantau.getEnvironment().getProperty("local.server.port")));
			Map<String, String> templates = new LinkedHashMap<>();
			templates.put("verify", CaseWalk.registered(rest, "probolinggo").caseNumber());
			LocalDate issued = TestCalendar.today().minusDays(20);
			templates.put("hearing",
					CaseWalk.teamAssigned(rest, "probolinggo", "insp1-prob", "insp2-prob")
						.summon(issued, TestCalendar.workingDaysAfter(issued, 10).atTime(9, 0))
						.caseNumber());
			LocalDate today = LocalDate.now();
			templates.put("closed", CaseWalk.drafted(rest, "probolinggo")
				.decide(today.minusDays(3))
				.deliver(today.minusDays(2))
				.act("hr-prob", "Task_RecordAppeal",
						Map.of("type", "OBJECTION", "filedOn", today.minusDays(1).toString(), "grounds",
								"Keberatan atas hukuman"))
				.act("ppk-prob", "Task_DecideObjection", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"))
				.act("hr-prob", "Task_ReportFollowUp",
						Map.of("letterNumber", "800/3/2024", "reportedOn", today.toString()))
				.caseNumber());
			return templates;
		}
	}

	private static void addRegions(JdbcTemplate jdbc, int regions) {
		List<Object[]> rows = new ArrayList<>();
		for (int r = 1; r <= regions; r++) {
			String zone = (r % 25 == 0) ? "Asia/Jayapura" : (r % 10 == 0) ? "Asia/Makassar" : "Asia/Jakarta";
			rows.add(new Object[] { region(r), "Kabupaten Uji %03d".formatted(r), prefix(r), zone });
		}
		jdbc.batchUpdate("insert into region (code, name, case_prefix, zone_id) values (?, ?, ?, ?)", rows);
	}

	static void log(String format, Object... args) {
		System.out.printf("BENCH " + format + "%n", args);
	}

}
