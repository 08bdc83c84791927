package id.pantau;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's session is for the pages and Camunda's webapps only: Camunda's REST API
 * takes explicit credentials, the session cookie is SameSite and Secure behind TLS,
 * redirects do not trust the Host header, and malformed paths are refused politely.
 * Requests are written on a plain socket, so that nothing rewrites the path or the
 * headers on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@ExtendWith(OutputCaptureExtension.class)
class BrowserSessionIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Test
	void refusesTheAdministratorsPageSessionOnTheEngineRestApi() throws IOException {
		String session = formLogin("admin");
		assertThat(send("GET", "/work", Map.of("Cookie", session), null).status()).as("the page session works")
			.isEqualTo(200);
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.singleResult()
			.getId();
		String engineRest = "/engine-rest/engine/" + this.engine.getName();

		Response read = send("GET", engineRest + "/task?maxResults=1000", Map.of("Cookie", session), null);
		Response suspend = send("PUT", engineRest + "/process-instance/" + instance + "/suspended",
				Map.of("Cookie", session, "Content-Type", "application/json"), "{\"suspended\":true}");
		Response withBasic = send("GET", engineRest + "/task?maxResults=1000", Map.of("Authorization", basic("admin")),
				null);

		assertThat(read.status()).isEqualTo(401);
		assertThat(read.body()).doesNotContain(walk.taskId("Task_VerifyCase"));
		assertThat(suspend.status()).isEqualTo(401);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().isSuspended())
			.isFalse();
		assertThat(withBasic.status()).isEqualTo(200);
		assertThat(withBasic.body()).contains(walk.taskId("Task_VerifyCase"));
		assertThat(withBasic.headers()).doesNotContainKey("set-cookie");
	}

	@Test
	void marksTheSessionCookieSameSiteAndSecureBehindTls() throws IOException {
		Response plain = send("GET", "/login", Map.of(), null);
		Response behindTls = send("GET", "/login", Map.of("X-Forwarded-Proto", "https"), null);

		assertThat(plain.cookie("JSESSIONID")).containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("HttpOnly")
			.doesNotContainIgnoringCase("Secure");
		assertThat(behindTls.cookie("JSESSIONID")).containsIgnoringCase("SameSite=Lax")
			.containsIgnoringCase("; Secure");
	}

	@ParameterizedTest
	@ValueSource(strings = { "evil.example", "evil.example:8443" })
	void redirectsToTheLoginPageWhateverTheHostHeaderSays(String host) throws IOException {
		Response work = send("GET", "/work", Map.of("Host", host, "Accept", "text/html"), null);

		assertThat(work.status()).isEqualTo(302);
		assertThat(work.headers().get("location")).isEqualTo("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine;x=1/", "/engine-rest/%2e%2e/api/cases", "/engine-rest/..;/api/cases",
			"/engine-rest/engine/default/../default/task", "/api/cases%3bjsessionid=1" })
	void answersAMalformedPathWithAProblemAndNoStackTrace(String path, CapturedOutput output) throws IOException {
		int logged = output.length();
		Response anonymous = send("GET", path, Map.of(), null);
		Response admin = send("GET", path, Map.of("Authorization", basic("admin")), null);

		for (Response response : List.of(anonymous, admin)) {
			assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(400);
			assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception");
		}
		String log = output.toString().substring(logged);
		assertThat(log).doesNotContain("\tat ").contains("Refused a malformed request");
	}

	/**
	 * Logs in through the login form; answers the session cookie ({@code name=value}).
	 */
	private String formLogin(String username) throws IOException {
		Response page = send("GET", "/login", Map.of(), null);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
		String cookie = page.cookie("JSESSIONID").split(";")[0];
		Response login = send("POST", "/login",
				Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
				"username=" + username + "&password="
						+ java.net.URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
						+ csrf.group(1));
		assertThat(login.status()).as("login: %s", login.headers()).isEqualTo(302);
		assertThat(login.headers().get("location")).doesNotContain("error");
		return login.cookie("JSESSIONID").split(";")[0];
	}

	private static String basic(String username) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** Writes one HTTP/1.1 request exactly as given and reads the answer. */
	private Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(30_000);
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
			if (!headers.containsKey("Host")) {
				request.append("Host: 127.0.0.1:").append(this.port).append("\r\n");
			}
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			if (!headers.containsKey("Accept")) {
				request.append("Accept: application/json, text/html\r\n");
			}
			request.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.read(socket.getInputStream());
		}
	}

	record Response(int status, Map<String, String> headers, List<String> cookies, String body) {

		String cookie(String name) {
			return this.cookies.stream()
				.filter((c) -> c.startsWith(name + "="))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + this.cookies));
		}

		static Response read(InputStream in) throws IOException {
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			List<String> cookies = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				String name = lines[i].substring(0, colon).trim().toLowerCase();
				String value = lines[i].substring(colon + 1).trim();
				headers.put(name, value);
				if (name.equals("set-cookie")) {
					cookies.add(value);
				}
			}
			String body = raw.substring(end + 4);
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, cookies, body);
		}

	}

}
