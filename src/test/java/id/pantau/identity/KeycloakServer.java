package id.pantau.identity;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Keycloak distribution (unpacked by the build under {@code target/keycloak}),
 * started once per test JVM on free 127.0.0.1 ports with
 * {@code keycloak/pantau-realm.json} imported, and stopped when the tests end. On top of
 * the shipped realm it adds, through the admin API, what only tests need: a client with
 * direct grant (tokens without a browser), the test server's redirect URIs, and a realm
 * key the tests hold, to forge tokens that differ from a real one in a single claim.
 */
public final class KeycloakServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

	public static final String VERSION = System.getProperty("keycloak.version", "26.7.3");

	static final String TEST_CLIENT = "pantau-test-direct";

	static final String TEST_CLIENT_SECRET = "test-only-secret";

	private static final String ADMIN = "test-admin";

	private static final String ADMIN_PASSWORD = "Test#Admin2024";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static volatile KeycloakServer instance;

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

	private Process process;

	private int port;

	private KeyPair realmKey;

	private String realmKeyId;

	private Duration startup;

	private Path data;

	/** Used by JUnit only; tests call {@link #get()}. */
	public KeycloakServer() {
	}

	/** The running server, started on first use. */
	public static synchronized KeycloakServer get() {
		if (instance == null) {
			KeycloakServer server = new KeycloakServer();
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
			instance = server;
		}
		return instance;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		KeycloakServer server = get();
		context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.getOrComputeIfAbsent(KeycloakServer.class, (key) -> server, KeycloakServer.class);
	}

	/** The realm's URL, the issuer of its tokens when asked under 127.0.0.1. */
	public String issuer() {
		return "http://127.0.0.1:" + this.port + "/realms/pantau";
	}

	public int port() {
		return this.port;
	}

	public Duration startup() {
		return this.startup;
	}

	KeyPair realmKey() {
		return this.realmKey;
	}

	String realmKeyId() {
		return this.realmKeyId;
	}

	/** An access token for the user, through the test client's direct grant. */
	public String token(String username, String password) {
		CachedToken cached = this.tokens.get(username + ":" + password);
		if (cached != null && cached.fetched.isAfter(Instant.now().minusSeconds(200))) {
			return cached.token;
		}
		String token = tokenResponse(this.issuer(), username, password).get("access_token").asText();
		this.tokens.put(username + ":" + password, new CachedToken(token, Instant.now()));
		return token;
	}

	/** The token endpoint's whole answer, asked under the given realm URL. */
	JsonNode tokenResponse(String realmUrl, String username, String password) {
		return form(realmUrl + "/protocol/openid-connect/token", Map.of("grant_type", "password", "client_id",
				TEST_CLIENT, "client_secret", TEST_CLIENT_SECRET, "username", username, "password", password));
	}

	/** Lets the web client come back to a Pantau under test on this base URL. */
	public void allowRedirectsTo(String baseUrl) {
		JsonNode client = admin("GET", "/clients?clientId=pantau-web", null).get(0);
		Map<String, Object> update = this.json.convertValue(client, Map.class);
		update.put("redirectUris", List.of(baseUrl + "/login/oauth2/code/keycloak"));
		Map<String, Object> attributes = this.json.convertValue(client.get("attributes"), Map.class);
		attributes.put("post.logout.redirect.uris", baseUrl + "/");
		update.put("attributes", attributes);
		admin("PUT", "/clients/" + client.get("id").asText(), update);
	}

	/** The realm's administrator API (path below {@code /admin/realms/pantau}). */
	JsonNode admin(String method, String path, Object body) {
		try {
			String token = form("http://127.0.0.1:" + this.port + "/realms/master/protocol/openid-connect/token", Map
				.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN, "password", ADMIN_PASSWORD))
				.get("access_token")
				.asText();
			HttpRequest.BodyPublisher publisher = (body != null)
					? HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody();
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/realms/pantau" + path))
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.method(method, publisher)
						.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(
						method + " " + path + ": " + response.statusCode() + " " + response.body());
			}
			return response.body().isEmpty() ? null : this.json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode form(String url, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("POST " + url + ": " + response.statusCode() + " " + response.body());
			}
			return this.json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void start() {
		Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-" + VERSION));
		Path kc = home.resolve("bin/kc.sh");
		if (!Files.isExecutable(kc)) {
			throw new IllegalStateException("Keycloak " + VERSION + " is not unpacked at " + home.toAbsolutePath()
					+ ": run the tests through ./mvnw verify, whose process-test-resources phase unpacks it");
		}
		try {
			this.port = freePort();
			this.data = Files.createDirectories(home.getParent().resolve("test-data-" + UUID.randomUUID()));
			Files.createDirectories(home.resolve("data/import"));
			Files.copy(Path.of("keycloak/pantau-realm.json"), home.resolve("data/import/pantau-realm.json"),
					StandardCopyOption.REPLACE_EXISTING);
			Path log = home.getParent().resolve("test-server.log");
			ProcessBuilder builder = new ProcessBuilder(kc.toAbsolutePath().toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + this.port, "--http-management-port=" + freePort(),
					"--db-url=jdbc:h2:file:" + this.data.toAbsolutePath() + "/keycloakdb;NON_KEYWORDS=VALUE",
					"--import-realm", "--health-enabled=true")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
			Instant started = Instant.now();
			this.process = builder.start();
			awaitRealm(log, started);
			this.startup = Duration.between(started, Instant.now());
			System.out.printf("Keycloak %s started on port %d in %d s%n", VERSION, this.port, this.startup.toSeconds());
			addTestClient();
			addRealmKey();
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			close();
			throw new IllegalStateException("Keycloak " + VERSION + " did not start: " + ex, ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void awaitRealm(Path log, Instant started) throws IOException {
		URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
		while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak " + VERSION + " exited with " + this.process.exitValue()
						+ " while starting; its log " + log.toAbsolutePath() + " ends:\n" + tail(log));
			}
			try {
				if (this.http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		throw new IllegalStateException("Keycloak " + VERSION + " did not serve the realm within " + START_TIMEOUT
				+ "; its log " + log.toAbsolutePath() + " ends:\n" + tail(log));
	}

	private void addTestClient() {
		admin("POST", "/clients",
				Map.of("clientId", TEST_CLIENT, "description", "Tests only: direct grant", "publicClient", false,
						"secret", TEST_CLIENT_SECRET, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
						"defaultClientScopes", List.of("basic", "profile", "pantau")));
	}

	/** A realm signing key the tests hold, preferred over the generated one. */
	private void addRealmKey() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.realmKey = generator.generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(this.realmKey.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----";
		String realmId = admin("GET", "", null).get("id").asText();
		admin("POST", "/components",
				Map.of("name", "test-key", "providerId", "rsa", "providerType", "org.keycloak.keys.KeyProvider",
						"parentId", realmId, "config", Map.of("priority", List.of("500"), "enabled", List.of("true"),
								"active", List.of("true"), "algorithm", List.of("RS256"), "privateKey", List.of(pem))));
		RSAPublicKey publicKey = (RSAPublicKey) this.realmKey.getPublic();
		String encoded = Base64.getEncoder().encodeToString(publicKey.getEncoded());
		for (JsonNode key : admin("GET", "/keys", null).get("keys")) {
			if (encoded.equals(key.path("publicKey").asText())) {
				this.realmKeyId = key.get("kid").asText();
			}
		}
		if (this.realmKeyId == null) {
			throw new IllegalStateException("The test key was not added to the realm");
		}
	}

	@Override
	public synchronized void close() {
		if (this.process != null && this.process.isAlive()) {
			this.process.descendants().forEach(ProcessHandle::destroy);
			this.process.destroy();
			try {
				this.process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
						java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process.descendants().forEach(ProcessHandle::destroyForcibly);
			this.process.destroyForcibly();
		}
		if (this.data != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.data.toFile());
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private record CachedToken(String token, Instant fetched) {
	}

}
