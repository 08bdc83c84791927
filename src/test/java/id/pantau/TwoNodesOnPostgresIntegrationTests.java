package id.pantau;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.HttpLoad.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Pantau nodes, each a JVM with its own job executor and its own working directory,
 * on one PostgreSQL 17 database, the way Camunda 7 runs as a cluster: no coordination but
 * the database. Started once; the scenarios run in order, the last kills a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesOnPostgresIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(TwoNodesOnPostgresIntegrationTests.class);

	private static final Path HOME = Path.of("target", "two-nodes");

	private static final int CLERKS = 200;

	private static PostgresServer.PantauDatabase database;

	private static PantauNodes nodes;

	private static HttpLoad a;

	private static HttpLoad b;

	@BeforeAll
	static void startTwoNodes() {
		FileSystemUtils.deleteRecursively(HOME.toFile());
		database = PostgresServer.shared().createDatabase();
		Instant started = Instant.now();
		nodes = PantauNodes.start(HOME, database, CLERKS, "node-a", "node-b");
		log.info("two nodes started in {} s", Duration.between(started, Instant.now()).toSeconds());
		a = new HttpLoad(nodes.node("node-a").uri(), 100);
		b = new HttpLoad(nodes.node("node-b").uri(), 100);
	}

	@AfterAll
	static void stopNodes() {
		if (a != null) {
			a.close();
			b.close();
		}
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	@Order(1)
	void downloadsThroughOneNodeAFileUploadedThroughTheOther() throws Exception {
		String number = register(a, "intake-prob", LocalDate.now()).json().get("caseNumber").asText();
		byte[] pdf = ("%PDF-1.4\n% bukti dari node-a " + number + "\n%%EOF").getBytes(StandardCharsets.US_ASCII);

		Answer stored = a
			.send(a.upload("intake-prob", "/api/cases/" + number + "/files", "bukti.pdf", "application/pdf", pdf));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		Answer downloaded = b
			.send(b.get("auditor", "/api/cases/" + number + "/files/" + stored.json().get("fileId").asText()));

		assertThat(downloaded.status()).as(downloaded.body()).isEqualTo(200);
		assertThat(sha256(downloaded.body().getBytes(StandardCharsets.US_ASCII))).isEqualTo(sha256(pdf))
			.isEqualTo(downloaded.header("X-Content-SHA256"));
	}

	@Test
	@Order(2)
	void letsExactlyOneOf200ClaimsAcrossBothNodesWin() throws Exception {
		String number = register(a, "intake-prob", LocalDate.now()).json().get("caseNumber").asText();
		String taskId = verificationTask(b, number);

		List<Answer> answers = acrossBothNodes(CLERKS,
				(i) -> node(i).post(PantauNodes.clerk(i + 1), "/api/tasks/" + taskId + "/claim", Map.of()));

		Map<Integer, Long> statuses = statuses(answers);
		log.info("200 claims of one task over two nodes: {}", statuses);
		assertThat(statuses).containsOnlyKeys(200, 409).containsEntry(200, 1L);
		String winner = PantauNodes.clerk(indexOf(answers, 200) + 1);
		assertThat(holder(a, number)).isEqualTo(winner);
		assertThat(holder(b, number)).isEqualTo(winner);
	}

	@Test
	@Order(3)
	void registersOneCaseFor200RegistrationsOfOneReferenceAcrossBothNodes() throws Exception {
		String reference = CaseWalk.uniqueReference();
		String nip = CaseWalk.uniqueNip();
		List<Answer> answers = acrossBothNodes(200, (i) -> node(i).post("intake-prob", "/api/cases",
				CaseWalk.registration("probolinggo", reference, nip, LocalDate.now())));

		Map<Integer, Long> statuses = statuses(answers);
		log.info("200 registrations of one reference over two nodes: {}", statuses);
		assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, 1L);
		assertThat(query("select count(*) from neutrality_case where reference_number = '" + reference + "'"))
			.isEqualTo(1L);
	}

	@Test
	@Order(4)
	void keepsOneUnbrokenChainAfter1000WritesThroughBothNodesAtOnce() throws Exception {
		long entriesBefore = query("select count(*) from audit_log");
		int cases = 40;
		List<Answer> registrations = acrossBothNodes(cases, (i) -> node(i).post("intake-prob", "/api/cases", CaseWalk
			.registration("probolinggo", CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), LocalDate.now())));
		assertThat(statuses(registrations)).containsOnlyKeys(201);
		List<String> numbers = registrations.stream().map((r) -> r.json().get("caseNumber").asText()).toList();
		int perCase = (1000 - 2 * cases) / cases;

		List<Answer> writes = Collections.synchronizedList(new ArrayList<>(registrations));
		ExecutorService workers = Executors.newFixedThreadPool(16);
		for (int c = 0; c < cases; c++) {
			int first = c;
			workers.submit(() -> writes.addAll(walkBackAndForth(numbers.get(first), first, perCase)));
		}
		workers.shutdown();
		assertThat(workers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

		long entriesAfter = query("select count(*) from audit_log");
		Answer verification = a.send(a.get("auditor", "/api/audit/verification"));
		log.info("{} writes over two nodes: {}, {} audit entries added; verification {}", writes.size(),
				statuses(writes), entriesAfter - entriesBefore, verification.body());
		assertThat(writes).hasSize(1000);
		assertThat(statuses(writes)).containsOnlyKeys(200, 201);
		assertThat(entriesAfter - entriesBefore).isGreaterThanOrEqualTo(1000);
		assertThat(verification.json().get("intact").asBoolean()).as(verification.body()).isTrue();
		assertThat(verification.json().get("entriesChecked").asLong()).isEqualTo(entriesAfter);
		assertThat(b.send(b.get("auditor", "/api/audit/verification")).json().get("lastHash"))
			.isEqualTo(verification.json().get("lastHash"));
	}

	/**
	 * One case's own writes, one after the other, alternating between the nodes: an
	 * uploaded file, then claims and unclaims of its verification.
	 */
	private List<Answer> walkBackAndForth(String number, int offset, int claimsAndUnclaims) {
		List<Answer> answers = new ArrayList<>();
		answers.add(node(offset).send(node(offset).upload("intake-prob", "/api/cases/" + number + "/files",
				"catatan.txt", "text/plain", ("catatan " + number).getBytes(StandardCharsets.UTF_8))));
		String taskId = verificationTask(node(offset + 1), number);
		for (int i = 0; i < claimsAndUnclaims; i++) {
			HttpLoad node = node(offset + i);
			String action = (i % 2 == 0) ? "/claim" : "/unclaim";
			answers.add(node.send(node.post("intake-prob", "/api/tasks/" + taskId + action, Map.of())));
		}
		return answers;
	}

	@Test
	@Order(5)
	void firesEveryReminderAndEscalationOnceWithBothJobExecutorsRunning() throws Exception {
		int cases = 30;
		// received 200 days ago: verification is overdue and escalated the moment it is
		// created, so both timers of every case are due at once
		List<Answer> registered = acrossBothNodes(cases,
				(i) -> node(i).post("intake-prob", "/api/cases", CaseWalk.registration("probolinggo",
						CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), LocalDate.now().minusDays(200))));
		assertThat(statuses(registered)).containsOnlyKeys(201);
		String numbers = registered.stream()
			.map((r) -> "'" + r.json().get("caseNumber").asText() + "'")
			.collect(Collectors.joining(","));

		awaitCount("select count(*) from notification where case_number in (" + numbers + ")", 2L * cases,
				Duration.ofSeconds(120));
		awaitCount("select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
				+ " where e.business_key_ in (" + numbers + ")", 0, Duration.ofSeconds(30));

		Map<String, Long> perTaskAndKind = counts("select task_id || ' ' || kind, count(*) from notification"
				+ " where case_number in (" + numbers + ") group by task_id, kind");
		Map<String, Long> executionsPerJob = counts("select l.job_id_, count(*) from act_hi_job_log l"
				+ " join act_hi_procinst p on p.id_ = l.process_instance_id_ where p.business_key_ in (" + numbers
				+ ") and l.job_state_ = 2 group by l.job_id_");
		Map<String, Long> failures = counts("select l.job_id_, count(*) from act_hi_job_log l"
				+ " join act_hi_procinst p on p.id_ = l.process_instance_id_ where p.business_key_ in (" + numbers
				+ ") and l.job_state_ = 1 group by l.job_id_");
		Map<String, Long> perNode = counts("select l.hostname_, count(*) from act_hi_job_log l"
				+ " join act_hi_procinst p on p.id_ = l.process_instance_id_ where p.business_key_ in (" + numbers
				+ ") and l.job_state_ = 2 group by l.hostname_");
		log.info("{} cases overdue at once: {} notifications, {} timer jobs executed ({} by node), {} failed attempts",
				cases, perTaskAndKind.size(), executionsPerJob.size(), perNode, failures.size());

		assertThat(perTaskAndKind).hasSize(2 * cases).allSatisfy((key, count) -> assertThat(count).isOne());
		assertThat(executionsPerJob).hasSize(2 * cases).allSatisfy((job, count) -> assertThat(count).isOne());
		assertThat(failures).isEmpty();
		assertThat(perNode.keySet()).isSubsetOf("node-a", "node-b");
	}

	@Test
	@Order(6)
	void keepsEveryAcknowledgedCaseAndHandsTheKilledNodesJobsToTheOther() throws Exception {
		List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger viaB = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		for (int c = 0; c < 8; c++) {
			int client = c;
			clients.submit(() -> {
				for (int i = 0; !stop.get(); i++) {
					boolean toB = (client + i) % 2 == 1;
					Answer answer = register(toB ? b : a, "intake-prob", LocalDate.now().minusDays(200));
					if (answer.status() == 201) {
						acknowledged.add(new Acknowledged(answer.json().get("caseNumber").asText(), toB));
						viaB.addAndGet(toB ? 1 : 0);
					}
				}
			});
		}
		Instant killedAt = killWhileItHoldsJobs("node-b", () -> viaB.get() >= 20);
		List<LockedJob> orphaned = lockedJobs("node-b");
		stop.set(true);
		clients.shutdown();
		assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		log.info("node-b killed at {} holding {} jobs; {} cases acknowledged ({} through node-b)", killedAt,
				orphaned.size(), acknowledged.size(), viaB.get());

		String ids = orphaned.stream().map((j) -> "'" + j.id() + "'").collect(Collectors.joining(","));
		assertThat(orphaned).as("jobs node-b held when killed").isNotEmpty();
		awaitCount("select count(*) from act_ru_job where id_ in (" + ids + ")", 0,
				Duration.ofMillis(PantauNodes.LOCK_TIME_MILLIS).plusSeconds(90));
		List<String> missing = missing(acknowledged);
		Map<String, Long> successByNode = counts("select hostname_, count(*) from act_hi_job_log where job_id_ in ("
				+ ids + ") and job_state_ = 2 group by hostname_");
		Instant lockExpired = orphaned.stream().map(LockedJob::lockExpires).min(Instant::compareTo).orElseThrow();
		long runBeforeExpiry = runBefore(ids, lockExpired);
		log.info(
				"after the kill: {} of {} acknowledged cases found with their open verification; "
						+ "node-b's {} jobs run by {}, {} of them before node-b's lock expired",
				acknowledged.size() - missing.size(), acknowledged.size(), orphaned.size(), successByNode,
				runBeforeExpiry);

		assertThat(missing).isEmpty();
		assertThat(successByNode).containsOnlyKeys("node-a").containsEntry("node-a", (long) orphaned.size());
		assertThat(runBeforeExpiry).as("run before node-b's lock expired").isZero();
		assertThat(a.send(a.get("auditor", "/api/audit/verification")).json().get("intact").asBoolean()).isTrue();
	}

	/**
	 * Kills the node (SIGKILL) as soon as the condition holds and its job executor holds
	 * locks on jobs it has not finished; answers when.
	 */
	private Instant killWhileItHoldsJobs(String name, java.util.function.BooleanSupplier condition) throws Exception {
		Instant deadline = Instant.now().plusSeconds(120);
		try (Connection sql = database.asSuperuser(); Statement statement = sql.createStatement()) {
			while (Instant.now().isBefore(deadline)) {
				if (condition.getAsBoolean()) {
					try (ResultSet rs = statement.executeQuery("select count(*) from act_ru_job where lock_owner_ = '"
							+ name + "' and lock_exp_time_ > localtimestamp")) {
						rs.next();
						if (rs.getLong(1) > 0) {
							nodes.node(name).kill();
							return Instant.now();
						}
					}
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError(name + " never held a job lock while registrations ran");
	}

	/**
	 * How many of the jobs ran successfully before the moment (the engine's local time).
	 */
	private static long runBefore(String ids, Instant moment) throws SQLException {
		try (Connection sql = database.asSuperuser();
				var statement = sql.prepareStatement("select count(*) from act_hi_job_log where job_id_ in (" + ids
						+ ") and job_state_ = 2 and timestamp_ < ?")) {
			statement.setTimestamp(1, java.sql.Timestamp.from(moment));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private List<LockedJob> lockedJobs(String owner) throws SQLException {
		List<LockedJob> jobs = new ArrayList<>();
		try (Connection sql = database.asSuperuser();
				Statement statement = sql.createStatement();
				ResultSet rs = statement
					.executeQuery("select id_, lock_exp_time_ from act_ru_job where lock_owner_ = '" + owner + "'")) {
			while (rs.next()) {
				jobs.add(new LockedJob(rs.getString(1), rs.getTimestamp(2).toInstant()));
			}
		}
		return jobs;
	}

	/** The acknowledged cases not found through node-a waiting for their verification. */
	private List<String> missing(List<Acknowledged> acknowledged) {
		List<String> missing = new ArrayList<>();
		for (Acknowledged ack : List.copyOf(acknowledged)) {
			Answer answer = a.send(a.get("intake-prob", "/api/cases/" + ack.number()));
			boolean verifying = false;
			if (answer.status() == 200) {
				for (JsonNode step : answer.json().get("currentSteps")) {
					verifying |= "Task_VerifyCase".equals(step.get("stepKey").asText()) && step.hasNonNull("taskId");
				}
			}
			if (!verifying) {
				missing.add(ack.number() + (ack.throughB() ? " (node-b)" : " (node-a)"));
			}
		}
		return missing;
	}

	/** Sends n requests at once, the even ones to node-a and the odd ones to node-b. */
	private static List<Answer> acrossBothNodes(int n, Function<Integer, java.net.http.HttpRequest> request)
			throws Exception {
		List<java.net.http.HttpRequest> toA = new ArrayList<>();
		List<java.net.http.HttpRequest> toB = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			((i % 2 == 0) ? toA : toB).add(request.apply(i));
		}
		CountDownLatch ready = new CountDownLatch(2);
		CompletableFuture<HttpLoad.Burst> burstA = CompletableFuture.supplyAsync(() -> burst(a, toA, ready));
		CompletableFuture<HttpLoad.Burst> burstB = CompletableFuture.supplyAsync(() -> burst(b, toB, ready));
		List<Answer> fromA = burstA.get(5, TimeUnit.MINUTES).answers();
		List<Answer> fromB = burstB.get(5, TimeUnit.MINUTES).answers();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			answers.add((i % 2 == 0) ? fromA.get(i / 2) : fromB.get(i / 2));
		}
		return answers;
	}

	private static HttpLoad.Burst burst(HttpLoad node, List<java.net.http.HttpRequest> requests, CountDownLatch ready) {
		ready.countDown();
		try {
			ready.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return node.burst(requests);
	}

	private static HttpLoad node(int i) {
		return (i % 2 == 0) ? a : b;
	}

	private static Answer register(HttpLoad node, String user, LocalDate receivedOn) {
		return node.send(node.post(user, "/api/cases",
				CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), receivedOn)));
	}

	private static String verificationTask(HttpLoad node, String number) {
		return step(node, number).get("taskId").asText();
	}

	private static String holder(HttpLoad node, String number) {
		return step(node, number).path("assignee").asText(null);
	}

	private static JsonNode step(HttpLoad node, String number) {
		Answer answer = node.send(node.get("intake-prob", "/api/cases/" + number));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		for (JsonNode step : answer.json().get("currentSteps")) {
			if ("Task_VerifyCase".equals(step.get("stepKey").asText())) {
				return step;
			}
		}
		throw new AssertionError("no verification step: " + answer.body());
	}

	private static Map<Integer, Long> statuses(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}

	private static int indexOf(List<Answer> answers, int status) {
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).status() == status) {
				return i;
			}
		}
		return -1;
	}

	private static long query(String sql) throws SQLException {
		try (Connection connection = database.asSuperuser();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Map<String, Long> counts(String sql) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = database.asSuperuser();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		}
		return counts;
	}

	/** Polls the count until it is the expected one; fails after the timeout. */
	private static void awaitCount(String sql, long expected, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		long count = query(sql);
		while (count != expected && Instant.now().isBefore(deadline)) {
			Thread.sleep(250);
			count = query(sql);
		}
		assertThat(count).as(sql).isEqualTo(expected);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private record Acknowledged(String number, boolean throughB) {
	}

	private record LockedJob(String id, Instant lockExpires) {
	}

}
