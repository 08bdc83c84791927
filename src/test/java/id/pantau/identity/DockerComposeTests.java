package id.pantau.identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full stack of {@code docker-compose.yml} stays in step with what the tests prove:
 * the same realm file and Keycloak version, the ports the realm's redirect URIs and
 * Pantau's defaults name, and only localhost-bound ports. (CI also runs
 * {@code docker-compose config -q}; no Docker engine runs the file here.)
 */
class DockerComposeTests {

	Map<String, Object> keycloak;

	Map<String, Object> pantau;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void readCompose() throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
			Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(reader)
				.get("services");
			this.keycloak = (Map<String, Object>) services.get("keycloak");
			this.pantau = (Map<String, Object>) services.get("pantau");
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
	void bindsEveryPortToLocalhostOnly() {
		List<String> ports = new ArrayList<>(strings(this.keycloak.get("ports")));
		ports.addAll(strings(this.pantau.get("ports")));
		assertThat(ports).isNotEmpty().allSatisfy((port) -> assertThat(port).startsWith("127.0.0.1:"));
	}

	@Test
	void namesThePortsOfTheRealmsRedirectsAndOfPantausDefaults() throws IOException {
		JsonNode realm = new ObjectMapper().readTree(Path.of("keycloak/pantau-realm.json").toFile());
		JsonNode web = realm.get("clients").get(0);
		assertThat(web.get("redirectUris").toString()).contains("http://localhost:8080/login/oauth2/code/keycloak");
		assertThat(strings(this.pantau.get("ports"))).containsExactly("127.0.0.1:8080:8080");

		String issuer = environment(this.pantau).get("PANTAU_KEYCLOAK_ISSUER").toString();
		assertThat(issuer).isEqualTo(defaultIssuer()).isEqualTo("http://localhost:8180/realms/pantau");
		assertThat(strings(this.keycloak.get("ports"))).containsExactly("127.0.0.1:8180:8180");
		assertThat(strings(this.keycloak.get("command"))).contains("--hostname=http://localhost:8180",
				"--http-port=8180");
		assertThat(environment(this.pantau).get("SPRING_PROFILES_ACTIVE")).isEqualTo("local,keycloak");
	}

	@Test
	void keepsOnlyDocumentedDemoSecretsAsDefaults() throws IOException {
		String readme = Files.readString(Path.of("keycloak/README.md"));
		Pattern defaulted = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");
		List<String> defaults = new ArrayList<>();
		for (Object value : environment(this.keycloak).values()) {
			Matcher m = defaulted.matcher(value.toString());
			while (m.find()) {
				defaults.add(m.group(1));
				assertThat(readme).as("keycloak/README.md documents %s", m.group(1))
					.contains(m.group(1))
					.contains(m.group(2));
			}
		}
		assertThat(defaults).contains("PANTAU_WEB_CLIENT_SECRET", "KC_BOOTSTRAP_ADMIN_PASSWORD");
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
