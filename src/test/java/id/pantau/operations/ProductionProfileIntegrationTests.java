package id.pantau.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.pantau.OnPostgres;
import id.pantau.PantauApplication;
import id.pantau.PostgresServer.PantauDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The production profile as an operator meets it: Pantau in {@code prod} takes every
 * setting from the environment (here: properties of the same names), refuses to start
 * with one log line when one is missing or a demo value, and otherwise runs on PostgreSQL
 * with Keycloak logins only, without demo users, demo cases or a default password.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileIntegrationTests {

	@Test
	void refusesToStartWithoutTheDatabaseUrlAndSaysSoInOneLogLine(CapturedOutput output) {
		Map<String, Object> environment = environment();
		environment.remove("PANTAU_DB_URL");

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start(environment))
			.withMessageContaining("PANTAU_DB_URL is not set");

		assertRefusedInOneLine(output, "PANTAU_DB_URL is not set (spring.datasource.url");
	}

	@Test
	void refusesToStartWithoutAnSmtpServerForTheNotifications(CapturedOutput output) {
		Map<String, Object> environment = environment();
		environment.remove("PANTAU_SMTP_HOST");
		environment.remove("PANTAU_MAIL_BASE_URL");

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start(environment))
			.withMessageContaining("PANTAU_SMTP_HOST is not set (spring.mail.host")
			.withMessageContaining("PANTAU_MAIL_BASE_URL is not set (pantau.mail.base-url");

		assertRefusedInOneLine(output, "PANTAU_SMTP_HOST is not set");
	}

	@Test
	void refusesInOneJsonLineWhenLogLinesAreStructured(CapturedOutput output) throws Exception {
		Map<String, Object> environment = environment();
		environment.remove("PANTAU_KEYCLOAK_ISSUER");
		environment.put("logging.structured.format.console", "ecs");

		try {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start(environment));
		}
		finally {
			// Spring Boot keeps the log format in a system property for the whole JVM
			System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		}

		List<String> errors = output.getAll().lines().filter((l) -> l.contains("\"ERROR\"")).toList();
		assertThat(errors).hasSize(1);
		com.fasterxml.jackson.databind.JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(errors.get(0));
		assertThat(line.at("/log/level").asText()).isEqualTo("ERROR");
		assertThat(line.get("message").asText()).startsWith("Pantau will not start in profile prod")
			.contains("PANTAU_KEYCLOAK_ISSUER is not set");
	}

	@Test
	void refusesToStartWithTheDemoClientSecretAndNamesEveryProblem(CapturedOutput output) {
		Map<String, Object> environment = environment();
		environment.put("PANTAU_WEB_CLIENT_SECRET", "pantau-demo-secret");
		environment.remove("PANTAU_DB_OWNER_PASSWORD");

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start(environment));

		String line = assertRefusedInOneLine(output, "PANTAU_WEB_CLIENT_SECRET is a demo password");
		assertThat(line).contains("PANTAU_DB_OWNER_PASSWORD is not set");
	}

	@Test
	void refusesToStartWithDemoUsersOrTheApplicationAsSchemaOwner(CapturedOutput output) {
		Map<String, Object> environment = environment();
		environment.put("pantau.identity.demo-password", "Geheim#2024-x");
		environment.put("PANTAU_DB_USER", environment.get("PANTAU_DB_OWNER_USER"));

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> start(environment));

		String line = assertRefusedInOneLine(output, "pantau.identity.demo-password is set");
		assertThat(line).contains("PANTAU_DB_USER is the schema owner");
	}

	@Test
	void refusesTheKeycloakProfileAloneForItNamesNoDatabase(CapturedOutput output) {
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> new SpringApplicationBuilder(PantauApplication.class).profiles("keycloak")
				.run("--server.port=0"));

		assertRefusedInOneLine(output, "no database is configured");
	}

	@Test
	void startsOnPostgresWithKeycloakLoginsOnlyAndNoDemoUsersCasesOrPasswords() throws Exception {
		Map<String, Object> environment = environment();
		environment.keySet().removeIf((k) -> k.startsWith("PANTAU_DB_"));
		environment.put(OnPostgres.FRESH_DATABASE, "true");

		try (ConfigurableApplicationContext pantau = start(environment)) {
			PantauDatabase database = PantauDatabase.of(pantau.getEnvironment());
			JdbcClient jdbc = pantau.getBean(JdbcClient.class);
			ProcessEngine engine = pantau.getBean(ProcessEngine.class);
			int port = ((WebServerApplicationContext) pantau).getWebServer().getPort();

			assertThat(pantau.getEnvironment().getActiveProfiles()).containsExactly("prod", "keycloak", "postgresql");
			assertThat(get(port, "/actuator/health/readiness", null).body()).contains("\"UP\"");
			HttpResponse<String> demoLogin = get(port, "/api/tasks", "admin:Pantau#Demo2024");
			assertThat(demoLogin.statusCode()).isEqualTo(401);
			assertThat(demoLogin.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
			assertThat(get(port, "/v3/api-docs", null).statusCode()).as("no API document in prod").isEqualTo(404);
			assertThat(get(port, "/swagger-ui.html", null).statusCode()).as("no Swagger UI in prod").isEqualTo(404);
			assertThat(jdbc.sql("select count(*) from neutrality_case").query(Long.class).single()).isZero();
			assertThat(engine.getIdentityService().createUserQuery().count()).as("no Camunda admin user").isZero();
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(database.appUser());
			assertThat(
					((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
				.isEqualTo("false");
			assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
				.isActive()).isTrue();
		}
	}

	/** What an operator sets for prod, all present and none a demo value. */
	private Map<String, Object> environment() {
		Map<String, Object> env = new HashMap<>();
		env.put("PANTAU_DB_URL", "jdbc:postgresql://localhost:1/pantau");
		env.put("PANTAU_DB_USER", "pantau_app");
		env.put("PANTAU_DB_PASSWORD", UUID.randomUUID().toString());
		env.put("PANTAU_DB_OWNER_USER", "pantau_owner");
		env.put("PANTAU_DB_OWNER_PASSWORD", UUID.randomUUID().toString());
		env.put("PANTAU_KEYCLOAK_ISSUER", "http://localhost:1/realms/pantau");
		env.put("PANTAU_WEB_CLIENT_SECRET", UUID.randomUUID().toString());
		env.put("PANTAU_SMTP_HOST", "127.0.0.1");
		env.put("PANTAU_MAIL_FROM", "pantau@pemda.example");
		env.put("PANTAU_MAIL_BASE_URL", "https://pantau.pemda.example");
		return env;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> environment) {
		return new SpringApplicationBuilder(PantauApplication.class).profiles("prod")
			.properties(environment)
			.run("--server.port=0");
	}

	/**
	 * The refusal is one ERROR line, without Spring Boot's failure report or a stack
	 * trace; answers it.
	 */
	private static String assertRefusedInOneLine(CapturedOutput output, String reason) {
		List<String> errors = output.getAll().lines().filter((l) -> l.contains(" ERROR ")).toList();
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0)).contains("Pantau will not start").contains(reason).contains("docs/operations.md");
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("Application run failed")
			.doesNotContainPattern("\\n\\s+at [a-z]");
		return errors.get(0);
	}

	private static HttpResponse<String> get(int port, String path, String basic) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (basic != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
