package id.pantau.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are linked under content-versioned names, kept by the browser for a year
 * without asking again, and sent compressed; so are the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class StaticResourcesTests {

	private static final Pattern VERSIONED = Pattern
		.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+-[0-9a-f]{32}\\.(?:css|js))\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void linksStaticFilesUnderVersionedNamesCachedForAYearAndCompressed() throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher links = VERSIONED.matcher(page.body());
		int found = 0;
		while (links.find()) {
			found++;
			HttpResponse<byte[]> file = get(links.group(1), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(file.statusCode()).as(links.group(1)).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(links.group(1))
				.hasValueSatisfying((v) -> assertThat(v).contains("max-age=31536000").contains("immutable"));
			if (file.body().length > 2048) {
				assertThat(file.headers().firstValue("Content-Encoding")).as(links.group(1)).hasValue("gzip");
			}
		}
		assertThat(found).as("versioned links on the login page: bootstrap css and js, htmx, pantau css and js")
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void sendsPagesCompressed() throws Exception {
		HttpResponse<byte[]> page = get("/login", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Encoding", "gzip")
			.build(), body);
	}

}
