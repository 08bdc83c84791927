package id.pantau.intake;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.pantau.CaseWalk;
import id.pantau.ConnectionNesting;
import id.pantau.HttpLoad.Answer;
import id.pantau.HttpLoad.Burst;
import id.pantau.HttpLoad;
import id.pantau.TestCalendar;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred registrations at the same moment over HTTP: none answers a server error,
 * each distinct report becomes exactly one case, and the health check and another user's
 * task list keep answering while the burst runs. The writes' queue timeout is longer than
 * the default here, so that the result does not depend on what else runs on the build
 * machine; the 503 of a full queue is {@code WriteBulkheadTests}' subject.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.load.queue-timeout=120s")
@ActiveProfiles({ "local", "test" })
@Import(ConnectionNesting.class)
class RegistrationLoadIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(RegistrationLoadIntegrationTests.class);

	private static final int BURST = 200;

	/** Far above a healthy answer; only catches a stall like the 30 s pool timeout. */
	private static final Duration RESPONSIVE = Duration.ofSeconds(5);

	private static final String HEALTH = "/actuator/health";

	private static final String TASKS = "/api/tasks";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestRestTemplate rest;

	HttpLoad load;

	@BeforeEach
	void startClient() {
		this.load = new HttpLoad(URI.create("http://localhost:" + this.port), BURST);
	}

	@AfterEach
	void stopClient() {
		this.load.close();
	}

	@Test
	void registersTwoHundredDistinctReportsAtOnceAsTwoHundredCases() {
		List<String> references = new ArrayList<>();
		List<HttpRequest> registrations = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			String reference = CaseWalk.uniqueReference();
			references.add(reference);
			registrations.add(registration(reference));
		}

		warmUp();
		Burst burst = this.load.burst(registrations, probes());

		log.info("200 distinct registrations: {}", burst.summary(HEALTH, TASKS));
		assertThat(burst.serverErrors()).as(burst.summary(HEALTH, TASKS)).isZero();
		assertThat(burst.count(201)).as(burst.summary(HEALTH, TASKS)).isEqualTo(BURST);
		assertThat(references).allSatisfy((reference) -> assertThat(casesWith(reference)).isEqualTo(1));
		assertThat(burst.map((a) -> a.json().get("caseNumber").asText())).doesNotHaveDuplicates();
		assertStayedResponsive(burst);
	}

	@Test
	void registersOneCaseForTwoHundredIdenticalReportsAndRefusesTheRestAsDuplicates() {
		String reference = CaseWalk.uniqueReference();
		List<HttpRequest> registrations = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			registrations.add(registration(reference));
		}

		warmUp();
		Burst burst = this.load.burst(registrations, probes());

		log.info("200 registrations of one reference: {}", burst.summary(HEALTH, TASKS));
		assertThat(burst.serverErrors()).as(burst.summary(HEALTH, TASKS)).isZero();
		assertThat(burst.count(201)).as(burst.summary(HEALTH, TASKS)).isEqualTo(1);
		assertThat(burst.count(409)).as(burst.summary(HEALTH, TASKS)).isEqualTo(BURST - 1);
		assertThat(casesWith(reference)).isEqualTo(1);
		assertStayedResponsive(burst);
	}

	@Test
	void takesOneConnectionAtATimeOnEveryThreadWhileCasesAreRegisteredAndWalked() {
		CaseWalk.drafted(this.rest, "probolinggo");

		assertThat(ConnectionNesting.nested()).as("threads that asked for a second connection while holding one")
			.isEmpty();
	}

	@Test
	void answersBusyWithRetryAfterWhenTheRegionsNumberStaysLockedAndSavesNothing() throws Exception {
		assertThat(this.load.send(registration(CaseWalk.uniqueReference())).status()).isEqualTo(201);
		String reference = CaseWalk.uniqueReference();
		Answer refused;
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			lockCounter(holder, "probolinggo");
			refused = this.load.send(registration(reference));
			holder.rollback();
		}

		assertThat(refused.status()).as(refused.body()).isEqualTo(503);
		assertThat(refused.header("Retry-After")).isEqualTo("5");
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asText()).contains("try again in 5 seconds");
		assertThat(casesWith(reference)).isZero();
		assertThat(this.load.send(registration(reference)).status()).isEqualTo(201);
	}

	/** Holds the row lock of the region's case number counter of this year. */
	private static void lockCounter(Connection holder, String region) throws SQLException {
		try (PreparedStatement lock = holder.prepareStatement(
				"select last_value from case_number_counter where region_code = ? and case_year = ? for update")) {
			lock.setString(1, region);
			lock.setInt(2, TestCalendar.today().getYear());
			try (ResultSet row = lock.executeQuery()) {
				assertThat(row.next()).isTrue();
			}
		}
	}

	private void assertStayedResponsive(Burst burst) {
		assertThat(burst.probesDuringBurst(HEALTH)).as("health probed during the burst")
			.isNotEmpty()
			.allSatisfy((a) -> assertThat(a.status()).isEqualTo(200));
		assertThat(burst.probesDuringBurst(TASKS)).as("another user's task list during the burst")
			.isNotEmpty()
			.allSatisfy((a) -> assertThat(a.status()).isEqualTo(200));
		assertThat(burst.slowestProbe(HEALTH)).isLessThan(RESPONSIVE);
		assertThat(burst.slowestProbe(TASKS)).isLessThan(RESPONSIVE);
	}

	/** One of each request first, so that the burst does not measure a cold start. */
	private void warmUp() {
		assertThat(this.load.send(registration(CaseWalk.uniqueReference())).status()).isEqualTo(201);
		for (HttpRequest probe : probes()) {
			assertThat(this.load.send(probe).status()).isEqualTo(200);
		}
	}

	private HttpRequest registration(String reference) {
		return this.load.post("intake-prob", "/api/cases",
				CaseWalk.registration("probolinggo", reference, CaseWalk.uniqueNip()));
	}

	private HttpRequest[] probes() {
		return new HttpRequest[] { this.load.get(null, HEALTH), this.load.get("insp1-prob", TASKS) };
	}

	private long casesWith(String reference) {
		return this.jdbc.sql("select count(*) from neutrality_case where reference_number = ?")
			.param(reference)
			.query(Long.class)
			.single();
	}

}
