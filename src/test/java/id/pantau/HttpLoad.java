package id.pantau;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many HTTP calls at once against a running Pantau, through a plain JDK client with a
 * thread for each call in flight, and probes of other requests while they run.
 */
public final class HttpLoad implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI base;

	private final ExecutorService executor;

	private final HttpClient client;

	public HttpLoad(URI base, int threads) {
		this.base = base;
		this.executor = Executors.newFixedThreadPool(threads);
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(this.executor)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A JSON post as a demo user. */
	public HttpRequest post(String user, String path, Object body) {
		return request(user, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.build();
	}

	/** A multipart upload of one file (part {@code file}) as a demo user. */
	public HttpRequest upload(String user, String path, String fileName, String contentType, byte[] bytes) {
		String boundary = "pantau-" + java.util.UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail)))
			.build();
	}

	/** A get as a demo user, or anonymous when the user is null. */
	public HttpRequest get(String user, String path) {
		return request(user, path).GET().build();
	}

	/** Sends one request and waits for its answer. */
	public Answer send(HttpRequest request) {
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response.headers().map(), elapsed(start));
		}
		catch (IOException ex) {
			return new Answer(-1, ex.toString(), Map.of(), elapsed(start));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends every request at once and, until the last has answered, sends the probes one
	 * after the other, again and again.
	 */
	public Burst burst(List<HttpRequest> requests, HttpRequest... probes) {
		long start = System.nanoTime();
		List<CompletableFuture<Answer>> inFlight = requests.stream().map(this::sendAsync).toList();
		CompletableFuture<Void> all = CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
		List<Probe> probed = new ArrayList<>();
		while (!all.isDone() && probes.length > 0) {
			for (HttpRequest probe : probes) {
				boolean during = !all.isDone();
				probed.add(new Probe(probe.uri().getPath(), send(probe), during));
			}
		}
		List<Answer> answers = inFlight.stream().map(CompletableFuture::join).toList();
		return new Burst(answers, probed, elapsed(start));
	}

	private CompletableFuture<Answer> sendAsync(HttpRequest request) {
		long start = System.nanoTime();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.thenApply((r) -> new Answer(r.statusCode(), r.body(), r.headers().map(), elapsed(start)))
			.exceptionally((ex) -> new Answer(-1, ex.toString(), Map.of(), elapsed(start)));
	}

	private HttpRequest.Builder request(String user, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(120))
			.header("Accept-Language", "en");
		if (user != null) {
			String credentials = user + ":" + Api.DEMO_PASSWORD;
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/** One answer: status (-1 when the connection failed), body, headers, time taken. */
	public record Answer(int status, String body, Map<String, List<String>> headers, Duration took) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * A probe's answer, and whether it was sent while the burst's answers were awaited.
	 */
	public record Probe(String path, Answer answer, boolean duringBurst) {
	}

	/** The answers of a burst, in the order of its requests, and the probes. */
	public record Burst(List<Answer> answers, List<Probe> probes, Duration took) {

		/** How many answers had each status, e.g. {201=200}. */
		public Map<Integer, Long> statuses() {
			return this.answers.stream()
				.collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
		}

		public long count(int status) {
			return this.answers.stream().filter((a) -> a.status() == status).count();
		}

		public long serverErrors() {
			return this.answers.stream().filter((a) -> a.status() >= 500 || a.status() < 0).count();
		}

		/** The slowest answer of the probes of one path sent while the burst ran. */
		public Duration slowestProbe(String path) {
			return probesDuringBurst(path).stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
		}

		public List<Answer> probesDuringBurst(String path) {
			return this.probes.stream()
				.filter((p) -> p.path().equals(path) && p.duringBurst())
				.map(Probe::answer)
				.toList();
		}

		public Duration slowest() {
			return this.answers.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
		}

		/** A line for the log: statuses, total time, slowest answer, slowest probes. */
		public String summary(String... probePaths) {
			String probes = java.util.Arrays.stream(probePaths)
				.map((p) -> p + " max " + slowestProbe(p).toMillis() + " ms over " + probesDuringBurst(p).size())
				.collect(Collectors.joining(", "));
			return "statuses %s in %d ms (slowest %d ms); probes: %s".formatted(statuses(), this.took.toMillis(),
					slowest().toMillis(), probes);
		}

		public <T> List<T> map(Function<Answer, T> mapper) {
			return this.answers.stream().map(mapper).toList();
		}

	}

}
