package id.pantau.identity;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the Keycloak tests share: Pantau pointed at the test Keycloak, and a
 * {@link TestRestTemplate} whose "basic auth" user calls the API with that user's
 * Keycloak access token instead, so the shared walks ({@code CaseWalk}, {@code Api}) run
 * unchanged with bearer tokens.
 */
final class KeycloakTestSupport {

	private KeycloakTestSupport() {
	}

	static void keycloakProperties(DynamicPropertyRegistry registry) {
		registry.add("pantau.keycloak.issuer", () -> KeycloakServer.get().issuer());
	}

	static BearerRestTemplate bearerRest(int port) {
		return new BearerRestTemplate("http://127.0.0.1:" + port);
	}

	/** Trades the user's password for his access token on every call. */
	static final class BearerRestTemplate extends TestRestTemplate {

		private final String root;

		BearerRestTemplate(String root) {
			super(new RestTemplateBuilder().rootUri(root));
			this.root = root;
		}

		@Override
		public TestRestTemplate withBasicAuth(String username, String password) {
			return withToken(KeycloakServer.get().token(username, password));
		}

		TestRestTemplate withToken(String token) {
			return new TestRestTemplate(
					new RestTemplateBuilder().rootUri(this.root).defaultHeader("Authorization", "Bearer " + token));
		}

	}

}
