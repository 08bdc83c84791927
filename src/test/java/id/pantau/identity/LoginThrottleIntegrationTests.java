package id.pantau.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords over HTTP: after five wrong passwords the user is locked for a
 * while, also with the right password, through the API and the login page; the operator
 * reads it in the log. Its own application context, so its locks touch no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.identity.login-throttle.lock-duration=PT10M")
@ActiveProfiles({ "local", "test" })
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Test
	void locksAUserOfTheApiAfterFiveWrongPasswords(CapturedOutput output) {
		for (int i = 0; i < 5; i++) {
			assertThat(tasks("hr-pmk", "tebakan-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}

		ResponseEntity<JsonNode> locked = tasks("hr-pmk", Api.DEMO_PASSWORD);

		assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(locked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("600");
		assertThat(locked.getBody().get("detail").asText())
			.isEqualTo("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 10 menit.");
		assertThat(tasks("hr-prob", Api.DEMO_PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(output).contains("Login of user 'hr-pmk' locked for PT10M after 5 failed attempts");
	}

	@Test
	void tellsAPersonAtTheLoginPageThatHisLoginIsLocked() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(tasks("ppk-pmk", "tebakan-" + i).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String form = browser.send(get("/login"), BodyHandlers.ofString()).body();
		String csrf = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=ppk-pmk&password="
					+ URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf))
			.build(), BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElseThrow();
		String shown = browser.send(get(location.replaceFirst("^https?://[^/]+", "")), BodyHandlers.ofString()).body();

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(location).endsWith("/login?locked=10");
		assertThat(shown).contains("id=\"login-locked\"")
			.contains("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 10 menit.");
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET().build();
	}

	private URI uri(String path) {
		return URI.create(this.rest.getRootUri() + path);
	}

	private ResponseEntity<JsonNode> tasks(String user, String password) {
		return this.rest.withBasicAuth(user, password).getForEntity("/api/tasks", JsonNode.class);
	}

}
