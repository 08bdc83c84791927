package id.pantau;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.HttpLoad.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The backup of docs/operations.md, done: Pantau runs on PostgreSQL and takes cases and a
 * file; {@code pg_dump} dumps its database while it runs; the node is killed;
 * {@code pg_restore} restores the dump into a fresh database; Pantau starts on it and
 * finds every case waiting at its step, the file with its hash and an intact audit chain,
 * and registers the next case under a new number.
 * <p>
 * The embedded PostgreSQL binaries bring no {@code pg_dump}, and a {@code pg_dump}
 * refuses a server of a newer major version; so this test dumps with the distribution's
 * client ({@code postgresql-client}, installed by {@code .ci/run}) from a server of its
 * major version: the suite's PostgreSQL 17 for Debian 13's client, or for Debian 12's
 * PostgreSQL 15 (supported by Pantau; binaries of the same Maven artifact family,
 * unpacked by the build into {@code target/postgres-15}).
 */
class BackupRestoreOnPostgresIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(BackupRestoreOnPostgresIntegrationTests.class);

	private static final Path HOME = Path.of("target", "backup-restore");

	private static final Path BINARIES = Path.of("target", "postgres-15", "postgres-linux-x86_64.txz");

	private final List<AutoCloseable> running = new ArrayList<>();

	@AfterEach
	void stopAll() throws Exception {
		for (int i = this.running.size() - 1; i >= 0; i--) {
			this.running.get(i).close();
		}
	}

	@Test
	void restoresFromAPgDumpEveryCaseFileAndTheIntactChain() throws Exception {
		FileSystemUtils.deleteRecursively(HOME.toFile());
		Path clients = clients();
		Path pgDump = clients.resolve("pg_dump");
		Path pgRestore = clients.resolve("pg_restore");
		PostgresServer server;
		if (clients.toString().contains("/15/")) {
			assertThat(BINARIES).as("PostgreSQL 15 unpacked by the build (process-test-resources)").exists();
			server = PostgresServer.start(BINARIES, Map.of());
			this.running.add(server);
		}
		else {
			server = PostgresServer.shared();
		}
		assertThat(server.version()).startsWith(clients.getParent().getFileName() + ".");
		PostgresServer.PantauDatabase original = server.createDatabase();

		PantauNodes before = PantauNodes.start(HOME, original, 0, "before");
		this.running.add(before);
		HttpLoad a = new HttpLoad(before.node("before").uri(), 4);
		this.running.add(a);
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Answer registered = a.send(a.post("intake-prob", "/api/cases", CaseWalk.registration("probolinggo",
					CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), LocalDate.now())));
			assertThat(registered.status()).as(registered.body()).isEqualTo(201);
			numbers.add(registered.json().get("caseNumber").asText());
		}
		byte[] pdf = ("%PDF-1.4\n% bukti sebelum cadangan\n%%EOF").getBytes(StandardCharsets.US_ASCII);
		Answer stored = a.send(a.upload("intake-prob", "/api/cases/" + numbers.get(0) + "/files", "bukti.pdf",
				"application/pdf", pdf));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		JsonNode chainBefore = a.send(a.get("auditor", "/api/audit/verification")).json();

		Path dump = HOME.resolve("pantau.dump");
		Instant dumping = Instant.now();
		run(original.ownerPassword(), pgDump.toString(), "--format=custom", "--host=localhost",
				"--port=" + server.port(), "--username=" + original.owner(), "--file=" + dump.toAbsolutePath(),
				original.name());
		Duration dumped = Duration.between(dumping, Instant.now());
		before.close();

		PostgresServer.PantauDatabase restored = server.createDatabase();
		Instant restoring = Instant.now();
		run(restored.ownerPassword(), pgRestore.toString(), "--no-owner", "--no-acl", "--exit-on-error",
				"--host=localhost", "--port=" + server.port(), "--username=" + restored.owner(),
				"--dbname=" + restored.name(), dump.toAbsolutePath().toString());
		Duration restoredIn = Duration.between(restoring, Instant.now());

		PantauNodes after = PantauNodes.start(HOME, restored, 0, "after");
		this.running.add(after);
		HttpLoad b = new HttpLoad(after.node("after").uri(), 4);
		this.running.add(b);
		JsonNode chainAfter = b.send(b.get("auditor", "/api/audit/verification")).json();
		log.info("pg_dump of {} KB in {} ms, pg_restore in {} ms; chain before {} after {}", Files.size(dump) / 1024,
				dumped.toMillis(), restoredIn.toMillis(), chainBefore, chainAfter);

		for (String number : numbers) {
			Answer found = b.send(b.get("intake-prob", "/api/cases/" + number));
			assertThat(found.status()).as(found.body()).isEqualTo(200);
			assertThat(found.body()).contains("Task_VerifyCase");
		}
		Answer file = b
			.send(b.get("auditor", "/api/cases/" + numbers.get(0) + "/files/" + stored.json().get("fileId").asText()));
		assertThat(file.status()).as(file.body()).isEqualTo(200);
		assertThat(file.header("X-Content-SHA256")).isEqualTo(sha256(pdf))
			.isEqualTo(sha256(file.body().getBytes(StandardCharsets.US_ASCII)));
		assertThat(chainAfter.get("intact").asBoolean()).as(chainAfter.toString()).isTrue();
		assertThat(chainAfter.get("entriesChecked").asLong())
			.isGreaterThanOrEqualTo(chainBefore.get("entriesChecked").asLong());
		Answer next = b.send(b.post("intake-prob", "/api/cases", CaseWalk.registration("probolinggo",
				CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), LocalDate.now())));
		assertThat(next.status()).as(next.body()).isEqualTo(201);
		assertThat(numbers).doesNotContain(next.json().get("caseNumber").asText());
		assertRefused(restored::asApplication, "delete from audit_log");
		assertRefused(restored::asOwner, "update audit_log set actor = actor");
	}

	/** The restored database still guards its audit log (privileges and trigger). */
	private static void assertRefused(ConnectionSource as, String change) throws SQLException {
		try (Connection connection = as.open(); Statement statement = connection.createStatement()) {
			assertThatExceptionOfType(SQLException.class).as(change).isThrownBy(() -> statement.execute(change));
		}
	}

	private interface ConnectionSource {

		Connection open() throws SQLException;

	}

	/**
	 * Where Debian installs the client programs of PostgreSQL 17 (Debian 13) or 15
	 * (Debian 12); a {@code pg_dump} dumps its own major version and older ones.
	 */
	/** Set by .ci/run: the absence of the client programs fails the test there. */
	static final String REQUIRED = "pantau.backup.required";

	private static Path clients() {
		for (String major : List.of("17", "15")) {
			Path bin = Path.of("/usr/lib/postgresql", major, "bin");
			if (Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("pg_restore"))) {
				return bin;
			}
		}
		String missing = "pg_dump and pg_restore of PostgreSQL 15 or 17 not found under /usr/lib/postgresql: "
				+ "install postgresql-client (as .ci/run does)";
		if (Boolean.getBoolean(REQUIRED)) {
			throw new AssertionError(missing);
		}
		// a machine with Java alone: skipped with one line, never in CI (.ci/run requires
		// it)
		org.junit.jupiter.api.Assumptions.abort(missing);
		return null;
	}

	private static void run(String password, String... command) throws IOException, InterruptedException {
		Files.createDirectories(HOME);
		Path output = HOME.resolve(Path.of(command[0]).getFileName() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("PGPASSWORD", password);
		Process process = builder.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), Files.readString(output)).isZero();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
