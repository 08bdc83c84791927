package id.pantau.identity;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.Api;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import static id.pantau.identity.FormRequests.get;
import static id.pantau.identity.FormRequests.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser login without a browser: a cookie-keeping HTTP client follows Pantau's
 * redirects to Keycloak, posts Keycloak's login form, and comes back logged in (the
 * authorization code flow with PKCE); logging out ends the Keycloak session too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "keycloak", "test" })
@ExtendWith(KeycloakServer.class)
class KeycloakBrowserLoginIntegrationTests {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/**
	 * Cockpit of this context's engine. The tests' engines have unique names and the JVM
	 * holds several, so the path names the engine: Camunda's webapps authenticate the
	 * engine named in the path, and the bare app path would send the browser to whichever
	 * engine the JVM calls its default.
	 */
	private String cockpit;

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	String pantau;

	HttpClient browser;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		KeycloakTestSupport.keycloakProperties(registry);
	}

	@BeforeEach
	void freshBrowser() {
		this.pantau = "http://127.0.0.1:" + this.port;
		this.cockpit = "/camunda/app/cockpit/" + this.engine.getName() + "/";
		KeycloakServer.get().allowRedirectsTo(this.pantau);
		this.browser = HttpClient.newBuilder()
			.cookieHandler(new PlainHttpCookies())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Test
	void logsTheAdminIntoCamundaThroughKeycloakAndOutOfBoth() throws Exception {
		HttpResponse<String> loginPage = follow(get(this.pantau + this.cockpit));
		assertThat(loginPage.uri().toString()).startsWith(KeycloakServer.get().issuer())
			.contains("code_challenge_method=S256");
		assertThat(loginPage.body()).contains("kc-form-login");

		HttpResponse<String> landed = follow(postLoginForm(loginPage, "admin"));
		assertThat(landed.uri().toString()).startsWith(this.pantau + this.cockpit);
		assertThat(landed.statusCode()).isEqualTo(200);
		HttpResponse<String> camundaUser = send(HttpRequest
			.newBuilder(URI.create(this.pantau + "/camunda/api/admin/auth/user/" + this.engine.getName()))
			.header("Accept", "application/json")
			.build());
		assertThat(camundaUser.statusCode()).isEqualTo(200);
		assertThat(camundaUser.body()).contains("\"userId\":\"admin\"").contains("cockpit");

		HttpResponse<String> loggingOut = send(logout());
		assertThat(loggingOut.headers().firstValue("Location").orElseThrow())
			.startsWith(KeycloakServer.get().issuer() + "/protocol/openid-connect/logout")
			.contains("id_token_hint=");
		HttpResponse<String> loggedOut = follow(get(loggingOut.headers().firstValue("Location").orElseThrow()));
		assertThat(loggedOut.uri().toString()).startsWith(this.pantau + "/");
		HttpResponse<String> again = follow(get(this.pantau + this.cockpit));
		assertThat(again.uri().toString()).startsWith(KeycloakServer.get().issuer());
		assertThat(again.body()).contains("kc-form-login");
	}

	@Test
	void logsInAPersonWithoutTheAdminRoleAndKeepsHimOutOfCamunda() throws Exception {
		HttpResponse<String> landed = follow(postLoginForm(follow(get(this.pantau + this.cockpit)), "ppk-prob"));

		assertThat(landed.uri().toString()).startsWith(this.pantau + this.cockpit);
		assertThat(landed.statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAWrongPasswordAtKeycloak() throws Exception {
		HttpResponse<String> loginPage = follow(get(this.pantau + this.cockpit));
		HttpResponse<String> refused = follow(post(formAction(loginPage),
				Map.of("username", "hr-prob", "password", "wrong-" + Api.DEMO_PASSWORD, "credentialId", "")));

		assertThat(refused.uri().toString()).startsWith(KeycloakServer.get().issuer());
		assertThat(refused.body()).contains("kc-form-login");
		assertThat(send(get(this.pantau + this.cockpit)).statusCode()).isEqualTo(302);
	}

	/**
	 * Keeps cookies like a browser on a local http origin: Keycloak marks its cookies
	 * Secure (browsers treat 127.0.0.1 as a secure context), which the JDK's cookie store
	 * would never send over http.
	 */
	static class PlainHttpCookies extends CookieHandler {

		private final CookieManager cookies = new CookieManager();

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
			return this.cookies.get(uri, headers);
		}

		@Override
		public void put(URI uri, Map<String, List<String>> headers) throws IOException {
			Map<String, List<String>> plain = new HashMap<>();
			headers.forEach((name, values) -> plain.put(name, (name != null && name.equalsIgnoreCase("Set-Cookie"))
					? values.stream().map((v) -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
			this.cookies.put(uri, plain);
		}

	}

	private HttpRequest postLoginForm(HttpResponse<String> loginPage, String username) {
		return post(formAction(loginPage),
				Map.of("username", username, "password", Api.DEMO_PASSWORD, "credentialId", ""));
	}

	private HttpRequest logout() throws IOException, InterruptedException {
		HttpResponse<String> page = send(get(this.pantau + "/logout"));
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the logout page: %s", page.body()).isTrue();
		return post(this.pantau + "/logout", Map.of("_csrf", csrf.group(1)));
	}

	private static String formAction(HttpResponse<String> page) {
		Matcher action = FORM_ACTION.matcher(page.body());
		assertThat(action.find()).as("login form in %s", page.body()).isTrue();
		return HtmlUtils.htmlUnescape(action.group(1));
	}

	/** Sends the request and follows redirects as a browser would (GET after 302/303). */
	private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request);
		for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = send(get(next.toString()));
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
