package id.pantau.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Requests as a browser sends them to login pages: HTML pages and posted forms. */
final class FormRequests {

	private FormRequests() {
	}

	static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
	}

	static HttpRequest post(String url, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
