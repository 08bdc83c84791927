package id.pantau.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Each of Pantau's operations and its nearest counterpart in Camunda's REST API, sent
 * against one running Pantau, interleaved (one of Pantau's, one of the engine's, again
 * and again; for concurrent intake, slices of a few seconds each side, alternately), so
 * that both meet the same machine, data and load. The engine's side runs as {@code admin}
 * with Basic credentials and {@code maxResults}, as decision 7 asks.
 */
final class Measurements {

	static final String ADMIN = "admin";

	/** Reads the case view, timeline and search as someone of 20 regions. */
	static final String READER = "hr-bench";

	/** A province-level intake user of 20 regions. */
	static final String PROVINCE = "intake-prov";

	static final int READER_REGIONS = 20;

	private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private final Http http;

	private final int iterations;

	private final int warmUp;

	private final BenchData data;

	private final AtomicLong references = new AtomicLong();

	/** When Pantau's slices of concurrent intake ran, for its profile. */
	private final List<java.time.Instant[]> intakeWindows = new ArrayList<>();

	Measurements(Http http, BenchData data, int iterations, int warmUp) {
		this.http = http;
		this.data = data;
		this.iterations = iterations;
		this.warmUp = warmUp;
	}

	/**
	 * A comparison: what was measured on each side.
	 *
	 * @param operation what a person does
	 * @param pantau Pantau's request(s)
	 * @param engine the engine's request(s)
	 * @param pantauStats Pantau's figures
	 * @param engineStats the engine's figures
	 */
	record Pair(String operation, String pantau, String engine, Stats pantauStats, Stats engineStats) {

		double ratio() {
			return (this.engineStats != null && this.engineStats.p50() > 0)
					? this.pantauStats.p50() / this.engineStats.p50() : Double.NaN;
		}

	}

	/** The operations one user sends one at a time. */
	List<Pair> sequential() {
		List<Pair> pairs = new ArrayList<>();
		String intake = BenchSeed.intakeUser(1);
		String tenant = BenchSeed.region(1);
		String regions = IntStream.rangeClosed(1, READER_REGIONS)
			.mapToObj(BenchSeed::region)
			.collect(Collectors.joining(","));
		pairs.add(interleaved("task list: group queue (1 region)", "GET /api/tasks?view=group",
				"GET /task + /task/count (candidateGroup, tenantIdIn)",
				(i) -> List.of(this.http.get(intake, "/api/tasks?view=group&size=20&page=" + (i % 5))),
				(i) -> List.of(
						this.http.get(ADMIN, "/engine-rest/task?candidateGroup=intake&tenantIdIn=" + tenant
								+ "&sortBy=dueDate&sortOrder=asc&firstResult=" + (i % 5) * 20 + "&maxResults=20"),
						this.http.get(ADMIN, "/engine-rest/task/count?candidateGroup=intake&tenantIdIn=" + tenant))));
		pairs.add(interleaved("task list: my tasks", "GET /api/tasks?view=mine",
				"GET /task + /task/count (assignee, tenantIdIn)",
				(i) -> List.of(this.http.get(intake, "/api/tasks?view=mine&size=20")),
				(i) -> List.of(
						this.http.get(ADMIN,
								"/engine-rest/task?assignee=" + intake + "&tenantIdIn=" + tenant
										+ "&sortBy=dueDate&sortOrder=asc&maxResults=20"),
						this.http.get(ADMIN, "/engine-rest/task/count?assignee=" + intake + "&tenantIdIn=" + tenant))));
		pairs.add(interleaved("task list: overdue", "GET /api/tasks?view=overdue",
				"POST /task + /task/count (dueBefore, or: assignee | candidateGroups)",
				(i) -> List.of(this.http.get(intake, "/api/tasks?view=overdue&size=20")),
				(i) -> List.of(
						this.http.post(ADMIN, "/engine-rest/task?firstResult=0&maxResults=20",
								overdue(intake, tenant, true)),
						this.http.post(ADMIN, "/engine-rest/task/count", overdue(intake, tenant, false)))));
		pairs.add(interleaved("task list: group queue (20 regions)", "GET /api/tasks?view=group",
				"GET /task + /task/count (candidateGroup, 20 tenants)",
				(i) -> List.of(this.http.get(PROVINCE, "/api/tasks?view=group&size=20")),
				(i) -> List.of(
						this.http.get(ADMIN,
								"/engine-rest/task?candidateGroup=intake&tenantIdIn=" + regions
										+ "&sortBy=dueDate&sortOrder=asc&maxResults=20"),
						this.http.get(ADMIN, "/engine-rest/task/count?candidateGroup=intake&tenantIdIn=" + regions))));
		pairs.add(interleaved("case view", "GET /api/cases/{caseNumber}",
				"GET /process-instance?businessKey + /task?processInstanceBusinessKey", (i) -> {
					String number = this.data.openCase(i);
					return List.of(this.http.get(READER, "/api/cases/" + number));
				}, (i) -> {
					String number = this.data.openCase(i);
					return List.of(
							this.http.get(ADMIN,
									"/engine-rest/process-instance?businessKey=" + number + "&maxResults=20"),
							this.http.get(ADMIN,
									"/engine-rest/task?processInstanceBusinessKey=" + number + "&maxResults=20"));
				}));
		pairs.add(interleaved("timeline of a closed case", "GET /api/cases/{caseNumber}/history",
				"GET /history/process-instance, /history/task (business key), /history/activity-instance, "
						+ "/history/user-operation (root instance)",
				(i) -> List
					.of(this.http.get(READER, "/api/cases/" + this.data.closedCase(i).caseNumber() + "/history")),
				(i) -> {
					BenchData.ClosedCase c = this.data.closedCase(i);
					return List.of(
							this.http.get(ADMIN,
									"/engine-rest/history/process-instance?processInstanceBusinessKey=" + c.caseNumber()
											+ "&maxResults=100"),
							this.http.get(ADMIN,
									"/engine-rest/history/task?processInstanceBusinessKey=" + c.caseNumber()
											+ "&maxResults=1000"),
							this.http.get(ADMIN,
									"/engine-rest/history/activity-instance?processInstanceId=" + c.rootInstance()
											+ "&maxResults=1000"),
							this.http.get(ADMIN, "/engine-rest/history/user-operation?processInstanceId="
									+ c.rootInstance() + "&maxResults=1000"));
				}));
		pairs.add(interleaved("case search: at verification (20 regions)", "GET /api/cases?stepKey=Task_VerifyCase",
				"GET /process-instance + /count (activityIdIn, 20 tenants)",
				(i) -> List.of(this.http.get(READER, "/api/cases?stepKey=Task_VerifyCase&size=20&page=" + (i % 5))),
				(i) -> List.of(
						this.http.get(ADMIN,
								"/engine-rest/process-instance?activityIdIn=Task_VerifyCase&tenantIdIn=" + regions
										+ "&firstResult=" + (i % 5) * 20 + "&maxResults=20"),
						this.http.get(ADMIN,
								"/engine-rest/process-instance/count?activityIdIn=Task_VerifyCase&tenantIdIn="
										+ regions))));
		pairs.add(interleaved("dashboard figures (my work: 3 counts)", "3 x GET /api/tasks?view=...&size=1",
				"3 x /task/count",
				(i) -> List.of(this.http.get(intake, "/api/tasks?view=mine&size=1"),
						this.http.get(intake, "/api/tasks?view=group&size=1"),
						this.http.get(intake, "/api/tasks?view=overdue&size=1")),
				(i) -> List.of(
						this.http.get(ADMIN, "/engine-rest/task/count?assignee=" + intake + "&tenantIdIn=" + tenant),
						this.http.get(ADMIN, "/engine-rest/task/count?candidateGroup=intake&tenantIdIn=" + tenant),
						this.http.post(ADMIN, "/engine-rest/task/count", overdue(intake, tenant, false)))));
		pairs.add(interleaved("intake, 1 client", "POST /api/cases", "POST /process-definition/key/…/start",
				(i) -> List.of(register(BenchSeed.intakeUser(1 + i % 8), 1 + i % 8)),
				(i) -> List.of(startInEngine(1 + i % 8))));
		return pairs;
	}

	/**
	 * Registrations by {@code clients} clients at once, in {@code regions} regions,
	 * against the engine's own process start of the same model, in alternating slices.
	 */
	Pair concurrentIntake(int clients, int regions, int slices, int secondsPerSlice) {
		List<Long> pantau = Collections.synchronizedList(new ArrayList<>());
		List<Long> engine = Collections.synchronizedList(new ArrayList<>());
		double pantauSeconds = 0;
		double engineSeconds = 0;
		for (int s = 0; s < 2 * slices; s++) {
			boolean ours = s % 2 == 0;
			java.time.Instant from = java.time.Instant.now();
			double seconds = concurrently(clients, secondsPerSlice, ours ? pantau : engine, (c) -> {
				int region = 1 + c % regions;
				return ours ? register(BenchSeed.intakeUser(region), region) : startInEngine(region);
			});
			if (ours) {
				pantauSeconds += seconds;
				this.intakeWindows.add(new java.time.Instant[] { from, java.time.Instant.now() });
			}
			else {
				engineSeconds += seconds;
			}
		}
		return new Pair("intake, %d clients, %d region%s".formatted(clients, regions, (regions > 1) ? "s" : ""),
				"POST /api/cases", "POST /process-definition/key/…/start", Stats.of(pantau, pantauSeconds),
				Stats.of(engine, engineSeconds));
	}

	List<java.time.Instant[]> intakeWindows() {
		return this.intakeWindows;
	}

	/** One request by {@code clients} clients at once for a while: its figures. */
	Stats concurrentReads(int clients, int seconds, String user, String path) {
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		double took = concurrently(clients, seconds, times, (c) -> this.http.get(user, path));
		return Stats.of(times, took);
	}

	private double concurrently(int clients, int seconds, List<Long> times, IntFunction<HttpRequest> request) {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long started = System.nanoTime();
		long end = started + seconds * 1_000_000_000L;
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					this.http.send(request.apply(client));
					times.add(System.nanoTime() - t0);
				}
			}));
		}
		for (Future<?> f : running) {
			try {
				f.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		pool.shutdown();
		return (System.nanoTime() - started) / 1e9;
	}

	private Pair interleaved(String operation, String pantauWhat, String engineWhat,
			IntFunction<List<HttpRequest>> pantau, IntFunction<List<HttpRequest>> engine) {
		List<Long> ours = new ArrayList<>();
		List<Long> theirs = new ArrayList<>();
		for (int i = 0; i < this.warmUp + this.iterations; i++) {
			long ourTime = time(pantau.apply(i));
			long theirTime = time(engine.apply(i));
			if (i >= this.warmUp) {
				ours.add(ourTime);
				theirs.add(theirTime);
			}
		}
		BenchSeed.log("%-45s Pantau p50 %.1f ms, engine p50 %.1f ms", operation, Stats.of(ours, 0).p50(),
				Stats.of(theirs, 0).p50());
		return new Pair(operation, pantauWhat, engineWhat, Stats.of(ours, 0), Stats.of(theirs, 0));
	}

	private long time(List<HttpRequest> requests) {
		long t0 = System.nanoTime();
		this.http.send(requests);
		return System.nanoTime() - t0;
	}

	private HttpRequest register(String user, int region) {
		long n = this.references.incrementAndGet();
		String received = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
		String body = """
				{"region": "%s", "source": "BKN_RECOMMENDATION", "referenceNumber": "B-%d-%s/BENCH/2024",
				 "receivedOn": "%s", "description": "Membagikan unggahan kampanye.",
				 "employee": {"nip": "198504122010011002", "name": "Pegawai Fiktif", "employmentType": "PNS",
				              "position": "Guru", "positionType": "FUNCTIONAL", "unit": "Dinas Pendidikan"},
				 "election": {"type": "PILKADA", "year": 2024, "stage": "CANDIDACY"},
				 "allegedActs": ["SOCMED_INTERACT"]}""".formatted(BenchSeed.region(region), n,
				UUID.randomUUID().toString().substring(0, 8), received);
		return this.http.post(user, "/api/cases", body);
	}

	private HttpRequest startInEngine(int region) {
		String body = """
				{"businessKey": "BENCH-%s", "variables": {
				  "caseId": {"value": %d, "type": "Long"},
				  "region": {"value": "%s", "type": "String"}}}""".formatted(
				UUID.randomUUID().toString().substring(0, 18), this.data.caseId(region), BenchSeed.region(region));
		return this.http.post(ADMIN, "/engine-rest/process-definition/key/" + BenchData.ENGINE_PROCESS + "/start",
				body);
	}

	private static String overdue(String user, String tenant, boolean sorted) {
		String now = ENGINE_DATE.format(Instant.now().atOffset(ZoneOffset.UTC));
		return """
				{"tenantIdIn": ["%s"], "dueBefore": "%s",
				 "orQueries": [{"assignee": "%s", "candidateGroups": ["intake"]}]%s}""".formatted(tenant, now, user,
				sorted ? ", \"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]" : "");
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
