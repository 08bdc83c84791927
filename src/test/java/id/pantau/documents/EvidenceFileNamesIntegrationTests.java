package id.pantau.documents;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evidence file's name as sent is refused with 400 naming the part {@code file} when
 * it names no file or carries control or direction characters: nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class EvidenceFileNamesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "a\u0000b.txt", "\u0000", "..", "dir/", "C:\\", "bukti\u0007.txt", "\u202etxt.exe", "  " })
	void refusesAFileNameThatNamesNoFileOrCarriesControlCharacters(String name) throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		HttpResponse<String> response = upload(walk.caseNumber(), name);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
		assertThat(Api.as(this.rest, "intake-prob").get("/api/cases/" + walk.caseNumber() + "/files").getBody())
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "C:\\temp\\bukti.txt", "../../bukti.txt", "ß-bukti.txt" })
	void keepsOnlyTheLastPartOfAPathAsTheName(String name) throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		HttpResponse<String> response = upload(walk.caseNumber(), name);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String stored = this.json.readTree(response.body()).get("fileName").asText();
		assertThat(stored).doesNotContain("/").doesNotContain("\\").endsWith("bukti.txt");
	}

	/** Sends the multipart body as written, so that the server's own parser reads it. */
	private HttpResponse<String> upload(String number, String name) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/plain\r\n\r\nTangkapan layar\r\n--b--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/cases/" + number + "/files"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("intake-prob:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
