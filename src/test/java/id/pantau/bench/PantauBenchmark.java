package id.pantau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The benchmark (issue 16): Pantau at national scale against Camunda's own REST API, on
 * H2 and on PostgreSQL, in one command, {@code ./mvnw -Pbench verify}. Not part of the
 * build's tests (the class name does not end in Tests). For each database: starts Pantau
 * on an empty database (twice: creating the schema, then again), seeds
 * {@code bench.regions} regions with {@code bench.open-cases} open and
 * {@code bench.closed-cases} closed cases ({@link BenchSeed}), starts Pantau on them as a
 * JVM of its own and measures, interleaved, each operation against its nearest
 * engine-rest counterpart ({@link Measurements}), then the cost of authentication (the
 * same requests with the remembered logins switched off). Prints the tables and writes
 * them to {@code target/bench/results.md}; docs/performance.md keeps the latest.
 * <p>
 * Settings (system properties): {@code bench.databases} (default {@code h2,postgresql}),
 * {@code bench.regions} (500), {@code bench.open-cases} (100000),
 * {@code bench.closed-cases} (2000), {@code bench.iterations} (100 per operation and
 * side), {@code bench.slice-seconds} (10), {@code bench.reseed} (true; false reuses an H2
 * database seeded with the same sizes).
 */
class PantauBenchmark {

	private static final Path ROOT = Path.of(System.getProperty("bench.dir", "target/bench"));

	private final int regions = Integer.getInteger("bench.regions", 500);

	private final int openCases = Integer.getInteger("bench.open-cases", 100_000);

	private final int closedCases = Integer.getInteger("bench.closed-cases", 2_000);

	private final int iterations = Integer.getInteger("bench.iterations", 100);

	private final int sliceSeconds = Integer.getInteger("bench.slice-seconds", 10);

	private final boolean reseed = Boolean.parseBoolean(System.getProperty("bench.reseed", "true"));

	private final StringBuilder report = new StringBuilder();

	@Test
	void measuresPantauAgainstTheEngine() throws Exception {
		Files.createDirectories(ROOT);
		line("# Pantau benchmark, %s", LocalDateTime.now().withNano(0));
		line("");
		line("Machine: %d processors (%s), Java %s; Pantau's JVM: %s.", Runtime.getRuntime().availableProcessors(),
				cpuModel(), System.getProperty("java.version"), String.join(" ", BenchServer.JVM));
		line("Data: %d regions, %d open and %d closed cases (how they are made: BenchSeed).", this.regions,
				this.openCases, this.closedCases);
		for (String name : System.getProperty("bench.databases", "h2,postgresql").split(",")) {
			Path home = ROOT.resolve(name.trim());
			try (BenchDatabase database = name.trim().equals("h2") ? new BenchDatabase.H2(home.resolve("db"))
					: new BenchDatabase.Postgres(home)) {
				run(database, home, name.trim());
			}
			Files.writeString(ROOT.resolve("results.md"), this.report);
		}
		System.out.println(this.report);
		System.out.println("BENCH written to " + ROOT.resolve("results.md").toAbsolutePath());
	}

	private void run(BenchDatabase database, Path home, String name) throws Exception {
		Files.createDirectories(home);
		line("");
		line("## %s", database.describe());
		line("");
		emptyStartUps(database, home, name);
		BenchSeed.Seeded seeded = seedOrReuse(database, home);
		BenchData data;
		Map<String, Long> counts;
		try (Connection db = database.seeding()) {
			data = BenchData.load(db, Measurements.READER_REGIONS);
			counts = BenchSeed.counts(db);
			database.seeded(db);
		}
		Path users = home.resolve("bench-users.yaml");
		Files.writeString(users, BenchData.usersYaml(Measurements.READER_REGIONS));
		List<String> arguments = new ArrayList<>(database.arguments());
		arguments.addAll(List.of("--spring.config.additional-location=file:" + users.toAbsolutePath(),
				"--pantau.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false",
				"--pantau.engine.rest-deployments=true",
				"--pantau.audit.files-directory=" + home.resolve("files").toAbsolutePath()));
		Stats remembered;
		try (BenchServer pantau = BenchServer.start(home, "pantau", arguments, true)) {
			long rss = pantau.residentMiB();
			line("Start-up on the seeded database: %.1f s to a healthy answer; resident memory after start %d MiB.",
					pantau.startUp().toMillis() / 1000.0, rss);
			line("Start-up phases (seconds since launch): %s.", pantau.phases());
			Http http = new Http(pantau.uri());
			BenchData.deployEngineCopy(http);
			MachineLoad before = MachineLoad.now(pid(pantau));
			Measurements measurements = new Measurements(http, data, this.iterations, Math.max(5, this.iterations / 5));
			List<Measurements.Pair> pairs = new ArrayList<>(measurements.sequential());
			pairs.add(measurements.concurrentIntake(8, 8, 3, this.sliceSeconds));
			pairs.add(measurements.concurrentIntake(8, 1, 3, this.sliceSeconds));
			remembered = measurements.concurrentReads(8, this.sliceSeconds, BenchSeed.intakeUser(2),
					"/api/tasks?view=mine&size=1");
			MachineLoad after = MachineLoad.now(pid(pantau));
			long rssAfter = pantau.residentMiB();
			Path recording = pantau.dumpRecording();
			table(pairs);
			line("");
			line("Errors: %d%s.", http.errors(), (http.errors() > 0) ? " (first: " + http.firstError() + ")" : "");
			line("Machine during the measurements: %s.", before.until(after));
			line("Resident memory after the measurements: %d MiB.", rssAfter);
			line("Profile of the start-up (CPU samples, Java Flight Recorder): %s.",
					Profile.summary(recording, pantau.launched(), pantau.healthy(), 8));
			line("Profile of Pantau's slices of intake at 8 clients: %s.",
					Profile.summary(recording, measurements.intakeWindows(), 10));
		}
		// one Pantau at a time: an H2 file database has one owner
		authentication(home, arguments, remembered);
		sizes(seeded, counts, data);
	}

	private void emptyStartUps(BenchDatabase database, Path home, String name) throws Exception {
		Path emptyHome = home.resolve("empty");
		deleteTree(emptyHome);
		try (BenchDatabase empty = database.empty(emptyHome.resolve("db"))) {
			List<String> arguments = new ArrayList<>(empty.arguments());
			arguments.addAll(List.of("--pantau.demo.enabled=false",
					"--pantau.audit.files-directory=" + emptyHome.resolve("files").toAbsolutePath()));
			for (String start : List.of("first start, creates the schema", "second start")) {
				try (BenchServer pantau = BenchServer.start(emptyHome, "empty", arguments, false)) {
					line("Start-up on an empty database (%s): %.1f s to a healthy answer; resident memory %d MiB; "
							+ "phases %s.", start, pantau.startUp().toMillis() / 1000.0, pantau.residentMiB(),
							pantau.phases());
				}
			}
		}
	}

	private BenchSeed.Seeded seedOrReuse(BenchDatabase database, Path home) throws Exception {
		Path marker = home.resolve("seeded.txt");
		String sizes = "%d %d %d".formatted(this.regions, this.openCases, this.closedCases);
		if (!this.reseed && database instanceof BenchDatabase.H2 && Files.exists(marker)
				&& Files.readString(marker).startsWith(sizes + "\n")) {
			List<String> lines = Files.readAllLines(marker);
			BenchSeed.log("reusing the seeded database: %s", lines.get(1));
			return parse(lines.get(1));
		}
		deleteTree(home.resolve("db"));
		deleteTree(home.resolve("files"));
		BenchSeed.Seeded seeded = BenchSeed.seed(database, home, this.regions, this.openCases, this.closedCases);
		Files.writeString(marker, sizes + "\n" + format(seeded) + "\n");
		return seeded;
	}

	private void authentication(Path home, List<String> arguments, Stats remembered) {
		List<String> everyTime = new ArrayList<>(arguments);
		everyTime.add("--pantau.identity.verified-logins.time-to-live=0");
		try (BenchServer pantau = BenchServer.start(home, "pantau-checking-every-password", everyTime, false)) {
			Http http = new Http(pantau.uri());
			Stats checked = new Measurements(http, null, 0, 0).concurrentReads(8, this.sliceSeconds,
					BenchSeed.intakeUser(2), "/api/tasks?view=mine&size=1");
			line("");
			line("Authentication, 8 clients sending `GET /api/tasks?view=mine&size=1` with HTTP Basic for %d s: "
					+ "%.0f requests/s (p50 %.0f ms, p95 %.0f ms) with every password checked (bcrypt, "
					+ "verified-logins.time-to-live=0, as before issue 16); %.0f requests/s (p50 %.0f ms, p95 %.0f ms) "
					+ "with a correct password remembered for 60 s.", this.sliceSeconds, checked.perSecond(),
					checked.p50(), checked.p95(), remembered.perSecond(), remembered.p50(), remembered.p95());
			line("Start-up on the seeded database, again: %.1f s; resident memory after start %d MiB.",
					pantau.startUp().toMillis() / 1000.0, pantau.residentMiB());
		}
	}

	private void sizes(BenchSeed.Seeded seeded, Map<String, Long> counts, BenchData data) {
		line("");
		line("Sizes when the measurements began: %s.", counts);
		line("Rows of the walked cases that were copied: %s.", seeded.rowsPerTemplate());
		line("Database after compaction: %.1f MiB before the copies, %.1f MiB with %d closed cases, %.1f MiB in all "
				+ "(before the measurements); %.1f KB per closed case, history included. Seeding took %d s.",
				seeded.bytesBefore() / 1048576.0, seeded.bytesWithClosed() / 1048576.0, seeded.closedCases(),
				seeded.bytesAll() / 1048576.0, seeded.bytesPerClosedCase() / 1024.0, seeded.took().toSeconds());
		line("Read: %d open and %d closed cases of the first %d regions.", data.openCases(), data.closedCases(),
				Measurements.READER_REGIONS);
	}

	private void table(List<Measurements.Pair> pairs) {
		line("");
		line("| operation | Pantau | p50 ms | p95 ms | per s | engine-rest | p50 ms | p95 ms | per s | Pantau / engine (p50) |");
		line("|---|---|---:|---:|---:|---|---:|---:|---:|---:|");
		for (Measurements.Pair p : pairs) {
			line("| %s | `%s` | %.1f | %.1f | %.1f | `%s` | %.1f | %.1f | %.1f | %.2f |", p.operation(), p.pantau(),
					p.pantauStats().p50(), p.pantauStats().p95(), p.pantauStats().perSecond(), p.engine(),
					p.engineStats().p50(), p.engineStats().p95(), p.engineStats().perSecond(), p.ratio());
		}
	}

	private static long pid(BenchServer server) {
		return server.pid();
	}

	private static String format(BenchSeed.Seeded s) {
		return "%s|%d|%d|%d|%d|%s|%d".formatted(s.counts(), s.bytesBefore(), s.bytesWithClosed(), s.bytesAll(),
				s.closedCases(), s.rowsPerTemplate(), s.took().toSeconds());
	}

	private static BenchSeed.Seeded parse(String line) {
		String[] f = line.split("\\|");
		return new BenchSeed.Seeded(Map.of("as seeded", 0L), Long.parseLong(f[1]), Long.parseLong(f[2]),
				Long.parseLong(f[3]), Integer.parseInt(f[4]), Map.of("as seeded", 0L),
				java.time.Duration.ofSeconds(Long.parseLong(f[6])));
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.map((l) -> l.substring(l.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var files = Files.walk(path)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private void line(String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		this.report.append(text).append('\n');
		BenchSeed.log("%s", text);
	}

	static Instant now() {
		return Instant.now();
	}

}
