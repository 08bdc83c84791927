package id.pantau.identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production stack of {@code docker-compose.yml} stays in step with what the tests
 * prove: the same realm file and Keycloak version, Keycloak in production mode on a
 * database of its own, Pantau in {@code prod}, the ports the realm's redirect URIs and
 * Pantau's defaults name, only localhost-bound ports, and every secret from the
 * uncommitted {@code .env} (CI runs {@code docker-compose config -q} with
 * {@code .env.example}; no Docker engine runs the file here, and
 * {@code ProductionStackIntegrationTests} starts the same configuration without it).
 */
class DockerComposeTests {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:?[-?])?([^}]*)}");

	Map<String, Map<String, Object>> services;

	Map<String, Object> keycloak;

	Map<String, Object> pantau;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void readCompose() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			this.services = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(reader)
				.get("services");
			this.keycloak = this.services.get("keycloak");
			this.pantau = this.services.get("pantau");
		}
	}

	@Test
	void importsTheRealmFileTheTestsUseIntoTheKeycloakVersionTheyStart() {
		assertThat(strings(this.keycloak.get("volumes")))
			.contains("./keycloak/pantau-realm.json:/opt/keycloak/data/import/pantau-realm.json:ro");
		assertThat(this.keycloak.get("image")).isEqualTo("keycloak/keycloak:" + KeycloakServer.VERSION);
		assertThat(strings(this.keycloak.get("command"))).contains("--import-realm");
	}

	@Test
	void runsKeycloakInProductionModeOnADatabaseOfItsOwnAndPantauInProd() {
		assertThat(strings(this.keycloak.get("command"))).startsWith("start")
			.doesNotContain("start-dev")
			.contains("--db=postgres", "--http-enabled=true");
		assertThat(environment(this.keycloak).get("KC_DB_URL").toString()).contains("//keycloak-db:5432/");
		assertThat(environment(this.pantau).get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
		assertThat(environment(this.pantau).get("PANTAU_DB_URL").toString()).contains("//db:5432/pantau");
		assertThat(this.services.keySet()).containsExactlyInAnyOrder("db", "keycloak-db", "keycloak", "pantau");
		assertThat(this.services.values()).allSatisfy((service) -> assertThat(service).containsKey("healthcheck"));
	}

	@Test
	void bindsEveryPortToLocalhostOnly() {
		List<String> ports = new ArrayList<>();
		this.services.values().forEach((service) -> ports.addAll(strings(service.getOrDefault("ports", List.of()))));
		assertThat(ports).isNotEmpty().allSatisfy((port) -> assertThat(port).startsWith("127.0.0.1:"));
	}

	@Test
	void namesThePortsOfTheRealmsRedirectsAndOfPantausDefaults() throws IOException {
		JsonNode realm = new ObjectMapper().readTree(Path.of("keycloak/pantau-realm.json").toFile());
		JsonNode web = realm.get("clients").get(0);
		assertThat(web.get("redirectUris").toString()).contains("http://localhost:8080/login/oauth2/code/keycloak");
		assertThat(strings(this.pantau.get("ports"))).containsExactly("127.0.0.1:8080:8080");

		assertThat(environment(this.pantau).get("PANTAU_KEYCLOAK_ISSUER").toString())
			.isEqualTo("${PANTAU_KEYCLOAK_ISSUER:-" + defaultIssuer() + "}")
			.contains("http://localhost:8180/realms/pantau");
		assertThat(strings(this.keycloak.get("ports"))).containsExactly("127.0.0.1:8180:8180");
		assertThat(strings(this.keycloak.get("command"))).contains("--hostname=${KC_HOSTNAME:-http://localhost:8180}",
				"--http-port=8180");
	}

	@Test
	void takesEverySecretFromTheEnvFileWithoutADefault() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		Properties example = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(".env.example"))) {
			example.load(reader);
		}
		Matcher m = VARIABLE.matcher(compose);
		List<String> secrets = new ArrayList<>();
		while (m.find()) {
			String name = m.group(1);
			if (name.contains("PASSWORD") || name.contains("SECRET")) {
				secrets.add(name);
				assertThat(m.group(2)).as("%s is required, never defaulted", name).isEqualTo(":?");
				assertThat(example.getProperty(name)).as(".env.example names %s", name).startsWith("CHANGE-ME");
			}
		}
		assertThat(secrets).contains("POSTGRES_PASSWORD", "PANTAU_DB_PASSWORD", "PANTAU_DB_OWNER_PASSWORD",
				"KEYCLOAK_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD", "PANTAU_WEB_CLIENT_SECRET");
		assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
	}

	private static String defaultIssuer() throws IOException {
		Matcher m = Pattern.compile("issuer: \\$\\{PANTAU_KEYCLOAK_ISSUER:([^}]+)}")
			.matcher(Files.readString(Path.of("src/main/resources/application-local.yaml")));
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		return (Map<String, Object>) service.get("environment");
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return (List<String>) list;
	}

}
