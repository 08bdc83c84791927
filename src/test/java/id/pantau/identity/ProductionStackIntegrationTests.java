package id.pantau.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.Api;
import id.pantau.PantauProcess;
import id.pantau.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

import static id.pantau.identity.FormRequests.get;
import static id.pantau.identity.FormRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack of {@code docker-compose.yml} without Docker: Keycloak in production mode
 * ({@code kc.sh build} for PostgreSQL, then {@code kc.sh start --optimized}) on a
 * PostgreSQL database of its own, with a hostname, plain HTTP (no TLS here) and the realm
 * imported with a client secret that is no demo value; Pantau in profile {@code prod} as
 * a process of its own on another PostgreSQL database; and a person who logs in through
 * Keycloak's login form with a cookie-keeping HTTP client.
 */
class ProductionStackIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(ProductionStackIntegrationTests.class);

	private static final Path HOME = Path.of("target", "production-stack");

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private static final Pattern KEYCLOAK_LINK = Pattern.compile("href=\"([^\"]*oauth2/authorization/[^\"]*)\"");

	private static final String ADMIN = "stack-admin";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static Process keycloak;

	private static PantauProcess pantau;

	private static String issuer;

	private static String pantauUrl;

	private static final List<String> figures = new ArrayList<>();

	@BeforeAll
	static void startTheStack() throws Exception {
		FileSystemUtils.deleteRecursively(HOME.toFile());
		Path keycloakHome = HOME.resolve("keycloak");
		copyDistribution(keycloakHome);
		String clientSecret = UUID.randomUUID().toString();
		int pantauPort = PantauProcess.freePort();
		pantauUrl = "http://127.0.0.1:" + pantauPort;
		importRealmFor(keycloakHome, pantauUrl);

		Instant building = Instant.now();
		run(keycloakHome, HOME.resolve("keycloak-build.log"), "build", "--db=postgres", "--health-enabled=true");
		figures.add("kc.sh build " + Duration.between(building, Instant.now()).toSeconds() + " s");

		PostgresServer.PantauDatabase keycloakDb = PostgresServer.shared().createDatabase();
		int port = PantauProcess.freePort();
		issuer = "http://127.0.0.1:" + port + "/realms/pantau";
		Instant starting = Instant.now();
		keycloak = keycloak(keycloakHome, HOME.resolve("keycloak.log"), clientSecret, "start", "--optimized",
				"--db-url=" + keycloakDb.jdbcUrl(), "--db-username=" + keycloakDb.owner(),
				"--db-password=" + keycloakDb.ownerPassword(), "--hostname=http://127.0.0.1:" + port,
				"--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
				"--http-management-port=" + PantauProcess.freePort(), "--import-realm")
			.start();
		awaitRealm(HOME.resolve("keycloak.log"));
		figures.add("kc.sh start --optimized " + Duration.between(starting, Instant.now()).toSeconds() + " s");

		PostgresServer.PantauDatabase pantauDb = PostgresServer.shared().createDatabase();
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=prod",
				"--PANTAU_KEYCLOAK_ISSUER=" + issuer, "--PANTAU_WEB_CLIENT_SECRET=" + clientSecret,
				"--PANTAU_SMTP_HOST=127.0.0.1", "--PANTAU_MAIL_FROM=pantau@pemda.example",
				"--PANTAU_MAIL_BASE_URL=http://127.0.0.1:" + pantauPort));
		pantauDb.environment().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		Instant pantauStarting = Instant.now();
		pantau = PantauProcess.start(HOME.resolve("pantau"), HOME.resolve("pantau.log"), pantauPort,
				arguments.toArray(String[]::new));
		figures.add("Pantau in prod " + Duration.between(pantauStarting, Instant.now()).toSeconds() + " s");
		log.info("production stack started: {}", figures);
	}

	@AfterAll
	static void stopTheStack() throws InterruptedException {
		if (pantau != null) {
			pantau.kill();
		}
		if (keycloak != null) {
			keycloak.descendants().forEach(ProcessHandle::destroy);
			keycloak.destroy();
			if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
				keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
				keycloak.destroyForcibly();
			}
		}
	}

	@Test
	void logsAPersonIntoPantauInProductionThroughKeycloakInProductionMode() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new KeycloakBrowserLoginIntegrationTests.PlainHttpCookies())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> pantauLogin = follow(browser, get(pantauUrl + "/"));
		assertThat(pantauLogin.uri().toString()).isEqualTo(pantauUrl + "/login");
		Matcher keycloakLink = KEYCLOAK_LINK.matcher(pantauLogin.body());
		assertThat(keycloakLink.find()).as("a link to Keycloak's login in %s", pantauLogin.body()).isTrue();
		HttpResponse<String> loginPage = follow(browser,
				get(URI.create(pantauUrl + "/").resolve(HtmlUtils.htmlUnescape(keycloakLink.group(1))).toString()));
		assertThat(loginPage.uri().toString()).startsWith(issuer + "/protocol/openid-connect/auth");
		assertThat(loginPage.body()).contains("kc-form-login");
		HttpResponse<String> landed = follow(browser, post(formAction(loginPage),
				Map.of("username", "intake-prob", "password", Api.DEMO_PASSWORD, "credentialId", "")));

		assertThat(landed.uri().toString()).startsWith(pantauUrl + "/");
		assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
		assertThat(landed.body()).contains("Siti Nurjanah");
	}

	@Test
	void refusesTheDemoLoginsAndAnswersItsHealthCheck() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString(("intake-prob:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> withPassword = client.send(
				HttpRequest.newBuilder(URI.create(pantauUrl + "/api/tasks")).header("Authorization", basic).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> health = client.send(
				HttpRequest.newBuilder(URI.create(pantauUrl + "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(withPassword.statusCode()).isEqualTo(401);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
	}

	/**
	 * A copy of the distribution the build unpacked: {@code kc.sh build} changes it, and
	 * the other Keycloak tests start the original in development mode.
	 */
	private static void copyDistribution(Path target) throws IOException, InterruptedException {
		Path source = Path
			.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-" + KeycloakServer.VERSION));
		assertThat(source.resolve("bin/kc.sh")).as("Keycloak unpacked by the build").isExecutable();
		Files.createDirectories(target.getParent());
		Process copy = new ProcessBuilder("cp", "-a", source.toAbsolutePath().toString(),
				target.toAbsolutePath().toString())
			.inheritIO()
			.start();
		assertThat(copy.waitFor()).isZero();
		FileSystemUtils.deleteRecursively(target.resolve("data").toFile());
	}

	/** The shipped realm, told to send people back to this Pantau. */
	private static void importRealmFor(Path keycloakHome, String pantauUrl) throws IOException {
		String realm = Files.readString(Path.of("keycloak/pantau-realm.json"))
			.replace("http://localhost:8080", pantauUrl);
		Files.createDirectories(keycloakHome.resolve("data/import"));
		Files.writeString(keycloakHome.resolve("data/import/pantau-realm.json"), realm);
	}

	private static ProcessBuilder keycloak(Path home, Path log, String clientSecret, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(home.resolve("bin/kc.sh").toAbsolutePath().toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
		builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
		if (clientSecret != null) {
			builder.environment().put("PANTAU_WEB_CLIENT_SECRET", clientSecret);
		}
		return builder;
	}

	private static void run(Path home, Path log, String... arguments) throws IOException, InterruptedException {
		Process process = keycloak(home, log, null, arguments).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("kc.sh %s within 5 minutes", arguments[0]).isTrue();
		assertThat(process.exitValue()).as("kc.sh %s; its log %s", arguments[0], log.toAbsolutePath()).isZero();
	}

	private static void awaitRealm(Path log) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
			.build();
		Instant started = Instant.now();
		while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
			assertThat(keycloak.isAlive()).as("Keycloak running; its log %s", log.toAbsolutePath()).isTrue();
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError(
				"Keycloak did not serve the realm within " + START_TIMEOUT + "; its log " + log.toAbsolutePath());
	}

	private static String formAction(HttpResponse<String> page) {
		Matcher action = FORM_ACTION.matcher(page.body());
		assertThat(action.find()).as("login form in %s", page.body()).isTrue();
		return HtmlUtils.htmlUnescape(action.group(1));
	}

	/** Sends the request and follows redirects as a browser would (GET after 302/303). */
	private static HttpResponse<String> follow(HttpClient browser, HttpRequest request)
			throws IOException, InterruptedException {
		HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
		for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = browser.send(get(next.toString()), HttpResponse.BodyHandlers.ofString());
		}
		return response;
	}

}
