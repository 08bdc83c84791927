package id.pantau.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * its own on the local profile's H2 file database, eight clients register cases, the
 * process is killed in the middle of the burst and started again on the same database,
 * three times. Every case answered with 201 is there after each restart, still waiting
 * for verification, and no case number is ever given to a second case.
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
		assertThat(reissued()).as(figures).isEmpty();
	}

	private String check(int kill) throws InterruptedException {
		List<Acknowledged> round = acknowledgedIn(kill);
		List<Acknowledged> missing = missing(round);
		return "kill %d: %d acknowledged, %d present after the restart; missing %s; numbers given twice so far %s"
			.formatted(kill, round.size(), round.size() - missing.size(), missing, reissued());
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
						register(load, kill).ifPresent((ack) -> enough.countDown());
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

	/** A registration answered with 201 before the given kill. */
	private record Acknowledged(String number, String reference, int kill) {

		@Override
		public String toString() {
			return this.number + " " + this.reference;
		}

	}

}
