package id.pantau.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.CaseWalk;
import id.pantau.HttpLoad;
import id.pantau.HttpLoad.Answer;
import id.pantau.PantauProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged registration survives a {@code kill -9}: Pantau runs as a process of
 * its own on the local profile's H2 file database, eight clients register cases and
 * upload a file to each, the process is killed in the middle of the burst and started
 * again on the same database, three times. After each restart the database opens, every
 * case answered with 201 is there, still waiting for verification, every file answered
 * with 201 downloads with its hash, the audit chain verifies intact, and no case number
 * is ever given to a second case. At the end, killed once more, the database file opens
 * in a plain JDBC client with every file's bytes.
 */
class CrashDurabilityIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(CrashDurabilityIntegrationTests.class);

	private static final int CLIENTS = 8;

	private static final int KILLS = 3;

	/**
	 * Acknowledged registrations of a round before the kill, which hits those in flight.
	 */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

	/** Pantau's working directory: its database, files and the log of each start. */
	private static final Path HOME = Path.of("target", "crash-durability");

	private static PantauProcess pantau;

	/** Every registration answered with 201, in the order of the answers. */
	private final List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());

	/** Every upload answered with 201. */
	private final List<AcknowledgedFile> files = Collections.synchronizedList(new ArrayList<>());

	/** The chain verifications after each restart that were not intact. */
	private final List<String> brokenChains = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	static void removeEarlierRun() throws IOException {
		if (Files.exists(HOME)) {
			try (Stream<Path> files = Files.walk(HOME)) {
				files.sorted(Comparator.reverseOrder()).forEach((f) -> f.toFile().delete());
			}
		}
	}

	@AfterAll
	static void killPantau() {
		if (pantau != null) {
			pantau.kill();
		}
	}

	@Test
	void keepsEveryAcknowledgedCaseAndNeverReissuesItsNumberAcrossThreeKills() throws Exception {
		List<String> report = new ArrayList<>();
		start(0);
		for (int kill = 1; kill <= KILLS; kill++) {
			registerUntilKilled(kill);
			start(kill);
			report.add(check(kill));
			log.info(report.get(report.size() - 1));
		}
		registerAfterwards(KILLS + 1, 2 * CLIENTS);

		String figures = String.join("\n", report);
		assertThat(missing(acknowledgedIn(null))).as(figures).isEmpty();
		assertThat(missingFiles(filesIn(null))).as(figures).isEmpty();
		assertThat(this.brokenChains).as(figures).isEmpty();
		assertThat(chain()).as(figures).startsWith("intact");
		assertThat(reissued()).as(figures).isEmpty();

		pantau.kill();
		// a write in flight at a kill may have committed without its answer: at least
		Map<String, Long> opened = openedDirectly();
		log.info("the database file after the last kill, opened with JDBC: {}", opened);
		assertThat(opened.get("cases")).isGreaterThanOrEqualTo(acknowledgedIn(null).size());
		assertThat(opened.get("files")).isGreaterThanOrEqualTo(filesIn(null).size());
		assertThat(opened.get("files without bytes")).isZero();
	}

	/**
	 * Opens the killed process's H2 file in this JVM, as an operator's client would, and
	 * counts its cases and files.
	 */
	private static Map<String, Long> openedDirectly() throws SQLException {
		String url = "jdbc:h2:file:" + HOME.resolve("data/pantau").toAbsolutePath() + ";ACCESS_MODE_DATA=r";
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			counts.put("cases", count(statement, "select count(*) from neutrality_case"));
			counts.put("files", count(statement, "select count(*) from stored_file"));
			counts.put("files without bytes", count(statement, "select count(*) from stored_file f where not exists "
					+ "(select 1 from stored_file_content c where c.file_id = f.id)"));
		}
		return counts;
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private String check(int kill) throws InterruptedException {
		List<Acknowledged> round = acknowledgedIn(kill);
		List<Acknowledged> missing = missing(round);
		List<AcknowledgedFile> roundFiles = filesIn(kill);
		List<AcknowledgedFile> missingFiles = missingFiles(roundFiles);
		String chain = chain();
		if (!chain.startsWith("intact")) {
			this.brokenChains.add("kill " + kill + ": " + chain);
		}
		return ("kill %d: %d acknowledged, %d present after the restart; missing %s; %d files acknowledged, "
				+ "%d intact; missing or changed %s; audit chain %s; numbers given twice so far %s")
			.formatted(kill, round.size(), round.size() - missing.size(), missing, roundFiles.size(),
					roundFiles.size() - missingFiles.size(), missingFiles, chain, reissued());
	}

	/**
	 * The audit chain's verification as the auditor sees it: "intact, n entries" or why
	 * not.
	 */
	private static String chain() {
		try (HttpLoad load = new HttpLoad(pantau.uri(), 1)) {
			Answer answer = load.send(load.get("auditor", "/api/audit/verification"));
			if (answer.status() == 200 && answer.json().get("intact").asBoolean()) {
				return "intact, " + answer.json().get("entriesChecked").asLong() + " entries";
			}
			return answer.status() + " " + answer.body();
		}
	}

	private void start(int kill) {
		pantau = PantauProcess.start(HOME, HOME.resolve("pantau-" + kill + ".log"), "--spring.profiles.active=local",
				"--pantau.demo.enabled=false");
		log.info("Pantau started as process {} on {}", pantau.pid(), pantau.uri());
	}

	/**
	 * Registers from eight clients until enough are acknowledged, then kills Pantau while
	 * the clients go on.
	 */
	private void registerUntilKilled(int kill) throws InterruptedException {
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try (HttpLoad load = new HttpLoad(pantau.uri(), CLIENTS)) {
			for (int i = 0; i < CLIENTS; i++) {
				clients.submit(() -> {
					while (!killed.get()) {
						register(load, kill).ifPresent((ack) -> {
							enough.countDown();
							upload(load, ack);
						});
					}
				});
			}
			assertThat(enough.await(90, TimeUnit.SECONDS)).as("registrations acknowledged before the kill").isTrue();
			pantau.kill();
			killed.set(true);
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			clients.shutdownNow();
		}
	}

	/** Registers one case; answers it when acknowledged with 201. */
	private Optional<Acknowledged> register(HttpLoad load, int kill) {
		String reference = CaseWalk.uniqueReference();
		Answer answer = load.send(load.post("intake-prob", "/api/cases",
				CaseWalk.registration("probolinggo", reference, CaseWalk.uniqueNip())));
		if (answer.status() != 201) {
			return Optional.empty();
		}
		Acknowledged ack = new Acknowledged(answer.json().get("caseNumber").asText(), reference, kill);
		this.acknowledged.add(ack);
		return Optional.of(ack);
	}

	/**
	 * Uploads a file of some 16 KB to the case; records it when acknowledged with 201.
	 */
	private void upload(HttpLoad load, Acknowledged ack) {
		StringBuilder text = new StringBuilder("%PDF-1.4\n% bukti " + ack.number() + "\n");
		while (text.length() < 16 * 1024) {
			text.append("% ").append(UUID.randomUUID()).append('\n');
		}
		byte[] bytes = text.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
		Answer answer = load.send(load.upload("intake-prob", "/api/cases/" + ack.number() + "/files", "bukti.pdf",
				"application/pdf", bytes));
		if (answer.status() == 201) {
			this.files.add(new AcknowledgedFile(ack.number(), answer.json().get("fileId").asLong(), sha256(bytes),
					ack.kill()));
		}
	}

	/** The acknowledged uploads before the given kill, or all. */
	private List<AcknowledgedFile> filesIn(Integer kill) {
		synchronized (this.files) {
			return this.files.stream().filter((f) -> kill == null || f.kill() == kill).toList();
		}
	}

	/** The acknowledged files that do not download, or not with their hash. */
	private List<AcknowledgedFile> missingFiles(List<AcknowledgedFile> acks) {
		try (HttpLoad load = new HttpLoad(pantau.uri(), 1)) {
			return acks.stream().filter((file) -> {
				Answer answer = load
					.send(load.get("auditor", "/api/cases/" + file.number() + "/files/" + file.fileId()));
				return answer.status() != 200
						|| !file.sha256().equals(sha256(answer.body().getBytes(StandardCharsets.US_ASCII)));
			}).toList();
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** After the last restart: more registrations (their numbers are checked too). */
	private void registerAfterwards(int round, int count) {
		try (HttpLoad load = new HttpLoad(pantau.uri(), 1)) {
			for (int i = 0; i < count; i++) {
				assertThat(register(load, round)).as("registration after the last restart").isPresent();
			}
		}
	}

	/** The acknowledged registrations before the given kill, or all. */
	private List<Acknowledged> acknowledgedIn(Integer kill) {
		synchronized (this.acknowledged) {
			return this.acknowledged.stream().filter((a) -> kill == null || a.kill() == kill).toList();
		}
	}

	/** Case numbers that 201 answers gave to more than one reference number. */
	private Set<String> reissued() {
		synchronized (this.acknowledged) {
			return this.acknowledged.stream()
				.collect(Collectors.groupingBy(Acknowledged::number, TreeMap::new,
						Collectors.mapping(Acknowledged::reference, Collectors.toSet())))
				.entrySet()
				.stream()
				.filter((e) -> e.getValue().size() > 1)
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The acknowledged cases that are not there, or not with their reference number, or
	 * no longer waiting for verification (no process instance or no open task).
	 */
	private List<Acknowledged> missing(List<Acknowledged> acks) throws InterruptedException {
		List<Acknowledged> missing = Collections.synchronizedList(new ArrayList<>());
		ExecutorService readers = Executors.newFixedThreadPool(CLIENTS);
		try (HttpLoad load = new HttpLoad(pantau.uri(), CLIENTS)) {
			for (Acknowledged ack : acks) {
				readers.submit(() -> {
					if (!present(load, ack)) {
						missing.add(ack);
					}
				});
			}
			readers.shutdown();
			assertThat(readers.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			readers.shutdownNow();
		}
		return missing.stream().sorted(Comparator.comparing(Acknowledged::number)).toList();
	}

	private boolean present(HttpLoad load, Acknowledged ack) {
		Answer answer = load.send(load.get("intake-prob", "/api/cases/" + ack.number()));
		if (answer.status() != 200) {
			return false;
		}
		JsonNode view = answer.json();
		boolean verifying = false;
		for (JsonNode step : view.get("currentSteps")) {
			verifying |= "Task_VerifyCase".equals(step.get("stepKey").asText()) && step.hasNonNull("taskId");
		}
		return verifying && ack.reference().equals(view.get("referenceNumber").asText());
	}

	/** An upload answered with 201 before the given kill. */
	private record AcknowledgedFile(String number, long fileId, String sha256, int kill) {

		@Override
		public String toString() {
			return this.number + " file " + this.fileId;
		}

	}

	/** A registration answered with 201 before the given kill. */
	private record Acknowledged(String number, String reference, int kill) {

		@Override
		public String toString() {
			return this.number + " " + this.reference;
		}

	}

}
