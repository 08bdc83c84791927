package id.pantau.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark's HTTP client: plain JDK, HTTP/1.1 with kept-alive connections, Basic
 * credentials on every request (as an API client sends them).
 */
final class Http {

	static final String PASSWORD = "Pantau#Demo2024";

	private final URI base;

	private final HttpClient client;

	private final AtomicInteger errors = new AtomicInteger();

	private final AtomicReference<String> firstError = new AtomicReference<>();

	Http(URI base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newCachedThreadPool((r) -> {
				Thread thread = new Thread(r, "bench-http");
				thread.setDaemon(true);
				return thread;
			}))
			.build();
	}

	HttpRequest get(String user, String path) {
		return request(user, path).GET().build();
	}

	HttpRequest post(String user, String path, String json) {
		return request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private HttpRequest.Builder request(String user, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
	}

	/** Sends the requests one after the other; answers the body of the last. */
	String send(List<HttpRequest> requests) {
		String body = null;
		for (HttpRequest request : requests) {
			body = send(request);
		}
		return body;
	}

	String send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				this.errors.incrementAndGet();
				this.firstError.compareAndSet(null, request.method() + " " + request.uri() + " -> "
						+ response.statusCode() + " " + abbreviate(response.body()));
			}
			return response.body();
		}
		catch (IOException ex) {
			this.errors.incrementAndGet();
			this.firstError.compareAndSet(null, request.method() + " " + request.uri() + " -> " + ex);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	int errors() {
		return this.errors.get();
	}

	String firstError() {
		return this.firstError.get();
	}

	private static String abbreviate(String text) {
		return (text != null && text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
