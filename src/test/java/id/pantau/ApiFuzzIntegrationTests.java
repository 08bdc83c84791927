package id.pantau;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards every operation of Pantau's API at once: requests derived from the OpenAPI
 * document ({@code /v3/api-docs}) with wrong types, huge and empty strings, control and
 * direction characters, out-of-range numbers and dates, unknown enum values, missing and
 * extra fields, bad path variables and query parameters, broken JSON and hostile file
 * names, sent as every role (and, for a step, as the task's holder). Every answer must be
 * below 500; every 4xx must be {@code application/problem+json} and leave Pantau's
 * tables, the engine's tables and the audit log (apart from the entries that record
 * refusals and reads) as they were. A new endpoint is covered without a new test.
 * <p>
 * Deterministic: the seed is printed with every failure and can be set with
 * {@code -Dpantau.fuzz.seed=...}; {@code -Dpantau.fuzz.requests=...} sets the requests
 * per operation. Runs in an application context of its own, since it deploys tables and
 * replaces holidays when a request happens to be valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@DirtiesContext
class ApiFuzzIntegrationTests {

	private static final long SEED = Long.getLong("pantau.fuzz.seed", 17_2024L);

	private static final int REQUESTS_PER_OPERATION = Integer.getInteger("pantau.fuzz.requests", 60);

	/** Time per operation at most, so that slow operations (PDF) keep the build short. */
	private static final Duration BUDGET_PER_OPERATION = Duration
		.ofSeconds(Long.getLong("pantau.fuzz.seconds-per-operation", 4));

	private static final List<String> USERS = List.of("intake-prob", "insp1-prob", "inspektur-prob", "hr-prob",
			"ppk-prob", "auditor", "admin", "intake-pmk");

	/** Tables whose row counts change without a request (metrics). */
	private static final List<String> NOT_FINGERPRINTED = List.of("AUDIT_LOG", "ACT_RU_METER_LOG",
			"ACT_RU_TASK_METER_LOG", "ACT_GE_PROPERTY");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskService engineTasks;

	/**
	 * Logins as they are, with the cheapest BCrypt: thousands of requests need not spend
	 * most of their time hashing the demo password.
	 */
	@TestConfiguration
	static class CheapPasswords {

		@Bean
		@Primary
		PasswordEncoder cheapPasswordEncoder() {
			return new BCryptPasswordEncoder(4);
		}

	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final List<HeldTask> tasks = new ArrayList<>();

	private final List<String> caseNumbers = new ArrayList<>();

	private long fileId;

	private String fingerprintSql;

	@Test
	void answersEveryMalformedRequestToEveryOperationBelow500WithAProblemAndSavesNothing() throws Exception {
		JsonNode docs = this.json.readTree(this.rest.getForObject("/v3/api-docs", String.class));
		ApiFuzzInputs inputs = new ApiFuzzInputs(docs, this.json);
		List<ApiFuzzInputs.Operation> operations = inputs.operations();
		assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(25);
		walkCases();
		this.fingerprintSql = fingerprintSql();

		List<String> failures = new ArrayList<>();
		Map<String, Map<Integer, Integer>> statuses = new LinkedHashMap<>();
		long started = System.nanoTime();
		int sent = 0;
		for (int o = 0; o < operations.size(); o++) {
			ApiFuzzInputs.Operation operation = operations.get(o);
			Map<Integer, Integer> counts = statuses.computeIfAbsent(operation.name(), (k) -> new TreeMap<>());
			long deadline = System.nanoTime() + BUDGET_PER_OPERATION.toNanos();
			for (int i = 0; i < REQUESTS_PER_OPERATION && System.nanoTime() < deadline; i++) {
				Random random = random(o, i);
				Call call = call(operation, inputs, random);
				Map<String, Long> before = fingerprint();
				HttpResponse<String> response = send(call);
				sent++;
				counts.merge(response.statusCode(), 1, Integer::sum);
				String failure = check(call, response, before);
				if (failure != null) {
					failures.add("[seed %d, operation %d, request %d] %s".formatted(SEED, o, i, failure));
				}
				afterwards(call, response);
			}
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("API fuzz: %d requests to %d operations in %d ms (seed %d)%n", sent, operations.size(),
				millis, SEED);
		statuses.forEach((op, counts) -> System.out.printf("  %-55s %s%n", op, counts));
		assertThat(failures).as("seed %d: %d of %d requests failed", SEED, failures.size(), sent).isEmpty();
	}

	/** The generator of one request: independent of the others, reproducible. */
	private static Random random(int operation, int request) {
		return new Random(new SplittableRandom(SEED).split().nextLong()
				^ new SplittableRandom(operation * 7919L + request).nextLong());
	}

	/** A request to an operation: path variables, query, body, as whom. */
	private Call call(ApiFuzzInputs.Operation operation, ApiFuzzInputs inputs, Random random) throws Exception {
		String user = ApiFuzzInputs.oneOf(random, USERS);
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		HeldTask task = null;
		for (JsonNode parameter : operation.parameters()) {
			String name = parameter.get("name").asText();
			JsonNode schema = parameter.path("schema");
			if ("path".equals(parameter.path("in").asText())) {
				String value;
				if ("taskId".equals(name) && !this.tasks.isEmpty() && random.nextInt(10) < 7) {
					task = ApiFuzzInputs.oneOf(random, this.tasks);
					value = task.id();
					if (random.nextInt(10) < 7) {
						user = task.holder();
					}
				}
				else if ("caseNumber".equals(name) && random.nextInt(10) < 6) {
					value = ApiFuzzInputs.oneOf(random, this.caseNumbers);
				}
				else if ("fileId".equals(name) && random.nextInt(10) < 4) {
					value = Long.toString(this.fileId);
				}
				else if ("year".equals(name) && random.nextInt(10) < 5) {
					value = ApiFuzzInputs.oneOf(random, List.of("2024", "2025", "2030", "1999", "2101"));
				}
				else {
					value = inputs.pathValue(random);
				}
				path = path.replace("{" + name + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
			}
			else if ("query".equals(parameter.path("in").asText())) {
				boolean required = parameter.path("required").asBoolean();
				int times = (random.nextInt(10) < (required ? 9 : 5)) ? ((random.nextInt(20) == 0) ? 2 : 1) : 0;
				for (int t = 0; t < times; t++) {
					query.append(query.isEmpty() ? "?" : "&")
						.append(name)
						.append('=')
						.append(UriUtils.encodeQueryParam(inputs.queryValue(schema, random), StandardCharsets.UTF_8));
				}
			}
		}
		if (random.nextInt(15) == 0) {
			query.append(query.isEmpty() ? "?" : "&").append("unknownParameter=x");
		}
		String contentType = operation.bodyType();
		byte[] body = null;
		if (operation.body() != null) {
			if ("multipart/form-data".equals(contentType)) {
				String boundary = "fuzz" + random.nextInt(1_000_000);
				body = multipart(boundary, inputs, random);
				contentType = "multipart/form-data; boundary=" + boundary;
			}
			else if (contentType.contains("xml")) {
				body = xml(random).getBytes(StandardCharsets.UTF_8);
			}
			else {
				JsonNode value = inputs.plausible(operation.body(), random, 0);
				if (random.nextInt(10) < 8) {
					value = (value.isObject() && random.nextBoolean()) ? inputs.mutate(value, operation.body(), random)
							: inputs.hostile(operation.body(), random);
				}
				body = inputs.bodyText(value, random).getBytes(StandardCharsets.UTF_8);
			}
			if (random.nextInt(20) == 0) {
				contentType = ApiFuzzInputs.oneOf(random, List.of("text/plain", "application/x-www-form-urlencoded"));
			}
		}
		return new Call(operation.method(), path + query, user, contentType, body, task,
				random.nextBoolean() ? "id" : "en");
	}

	private byte[] multipart(String boundary, ApiFuzzInputs inputs, Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String part = (random.nextInt(10) == 0) ? "other" : "file";
		String disposition = "form-data; name=\"" + part + "\""
				+ ((random.nextInt(10) == 0) ? "" : "; filename=\"" + inputs.fileName(random) + "\"");
		String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
				+ inputs.contentType(random) + "\r\n\r\n";
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(inputs.fileContent(random));
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private String xml(Random random) throws Exception {
		String table = new ClassPathResource("processes/rules/sanction-recommendation.dmn")
			.getContentAsString(StandardCharsets.UTF_8);
		return switch (random.nextInt(6)) {
			case 0 -> table.substring(0, random.nextInt(table.length()));
			case 1 -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
			case 2 -> "";
			case 3 -> "not xml \u0000";
			case 4 -> table.replace("<decision ", "<decision unknown=\"x\" ");
			default -> table.replaceFirst("id=\"", "id=\"x" + random.nextInt(1000));
		};
	}

	private HttpResponse<String> send(Call call) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + call.path()))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((call.user() + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", call.language());
		if (call.contentType() != null && !call.contentType().isEmpty()) {
			request.header("Content-Type", call.contentType());
		}
		request.method(call.method(), (call.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(call.body())
				: HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String check(Call call, HttpResponse<String> response, Map<String, Long> before) {
		int status = response.statusCode();
		if (status >= 500) {
			return "%d for %s: %s".formatted(status, call, clip(response.body()));
		}
		if (status >= 400) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				return "%d as '%s' (not problem+json) for %s: %s".formatted(status, type, call, clip(response.body()));
			}
			Map<String, Long> after = fingerprint();
			if (!after.equals(before)) {
				Map<String, String> changed = before.keySet()
					.stream()
					.filter((t) -> !before.get(t).equals(after.get(t)))
					.collect(Collectors.toMap((t) -> t, (t) -> before.get(t) + " -> " + after.get(t)));
				return "%d but saved %s for %s: %s".formatted(status, changed, call, clip(response.body()));
			}
		}
		return null;
	}

	/**
	 * Keeps the held tasks usable: a completed task leaves the pool, a new case joins.
	 */
	private void afterwards(Call call, HttpResponse<String> response) {
		if (call.task() == null) {
			return;
		}
		Task task = this.engineTasks.createTaskQuery().taskId(call.task().id()).singleResult();
		if (task == null) {
			this.tasks.remove(call.task());
			if (this.tasks.size() < 3) {
				holdVerification();
			}
		}
		else if (!call.task().holder().equals(task.getAssignee())) {
			this.engineTasks.setAssignee(task.getId(), call.task().holder());
		}
	}

	private void walkCases() {
		holdVerification();
		CaseWalk first = CaseWalk.existing(this.rest, "probolinggo", this.caseNumbers.get(0));
		this.fileId = upload(first.caseNumber());
		CaseWalk summons = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob");
		hold(summons, "Task_IssueSummons", "insp1-prob");
		CaseWalk decision = CaseWalk.drafted(this.rest, "probolinggo");
		hold(decision, "Task_DecideSanction", "ppk-prob");
		CaseWalk other = CaseWalk.registered(this.rest, "pamekasan");
		this.caseNumbers.add(other.caseNumber());
	}

	private void holdVerification() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		hold(walk, "Task_VerifyCase", "intake-prob");
	}

	private void hold(CaseWalk walk, String step, String holder) {
		String taskId = walk.taskId(step);
		assertThat(Api.as(this.rest, holder).post("/api/tasks/" + taskId + "/claim").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		this.tasks.add(new HeldTask(taskId, holder));
		this.caseNumbers.add(walk.caseNumber());
	}

	private long upload(String number) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.TEXT_PLAIN);
		part.setContentDisposition(ContentDisposition.formData().name("file").filename("bukti.txt").build());
		form.add("file", new HttpEntity<>("Bukti".getBytes(StandardCharsets.UTF_8), part));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		JsonNode stored = this.rest.withBasicAuth("intake-prob", Api.DEMO_PASSWORD)
			.postForObject("/api/cases/" + number + "/files", new HttpEntity<>(form, headers), JsonNode.class);
		return stored.get("fileId").asLong();
	}

	/** Row counts of every table, and of the audit log without refusals and reads. */
	private Map<String, Long> fingerprint() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.query(this.fingerprintSql, (rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	private String fingerprintSql() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
				String.class);
		List<String> counts = new ArrayList<>();
		for (String table : tables) {
			if (!NOT_FINGERPRINTED.contains(table.toUpperCase())) {
				counts.add("select '" + table + "', count(*) from \"" + table + "\"");
			}
		}
		counts.add("select 'AUDIT_LOG (without refusals and reads)', count(*) from audit_log "
				+ "where action not in ('WRITE_REFUSED', 'PERSONAL_DATA_READ')");
		return String.join(" union all ", counts);
	}

	private static String clip(String text) {
		return (text == null || text.length() < 300) ? text : text.substring(0, 300) + "…";
	}

	private record HeldTask(String id, String holder) {
	}

	private record Call(String method, String path, String user, String contentType, byte[] body, HeldTask task,
			String language) {

		@Override
		public String toString() {
			String text = (this.body == null) ? "" : new String(this.body, StandardCharsets.UTF_8);
			return "%s %s as %s (%s) body %s".formatted(this.method, clip(this.path), this.user, this.contentType,
					clip(text).replaceAll("\\p{Cntrl}", "?"));
		}

	}

}
