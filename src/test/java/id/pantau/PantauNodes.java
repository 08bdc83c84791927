package id.pantau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several Pantau nodes, each a JVM of its own ({@link PantauProcess}) with its own
 * working directory and job executor, on one PostgreSQL database, in the profiles
 * {@code local,postgresql}: the demo logins (HTTP Basic) on PostgreSQL, no demo cases.
 * Every node knows the intake clerks {@code clerk-001}… of Probolinggo besides
 * {@code intake-prob} and {@code auditor}, all with the demo password.
 */
public final class PantauNodes implements AutoCloseable {

	/** How long a node's job executor keeps a job locked: short, for the kill test. */
	public static final int LOCK_TIME_MILLIS = 10_000;

	private final List<PantauProcess> nodes;

	private final List<String> names;

	private PantauNodes(List<PantauProcess> nodes, List<String> names) {
		this.nodes = nodes;
		this.names = names;
	}

	/**
	 * Starts the named nodes at once (a rolling start's worst case: both migrate and
	 * deploy together) and waits until each answers its health check.
	 * @param home each node works in {@code home/<name>}
	 * @param clerks how many intake clerks every node knows
	 */
	public static PantauNodes start(Path home, PostgresServer.PantauDatabase database, int clerks, String... names) {
		List<CompletableFuture<PantauProcess>> starting = new ArrayList<>();
		for (String name : names) {
			Path nodeHome = home.resolve(name);
			writeUsers(nodeHome, clerks);
			starting.add(CompletableFuture.supplyAsync(
					() -> PantauProcess.start(nodeHome, home.resolve(name + ".log"), arguments(database, name))));
		}
		List<PantauProcess> started = new ArrayList<>();
		RuntimeException failure = null;
		for (CompletableFuture<PantauProcess> node : starting) {
			try {
				started.add(node.join());
			}
			catch (RuntimeException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		if (failure != null) {
			started.forEach(PantauProcess::kill);
			throw failure;
		}
		return new PantauNodes(started, List.of(names));
	}

	private static String[] arguments(PostgresServer.PantauDatabase database, String name) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=local,postgresql",
				"--pantau.demo.enabled=false", "--pantau.operations.node-name=" + name,
				"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MILLIS,
				"--spring.datasource.hikari.minimum-idle=2"));
		database.environment().forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return arguments.toArray(String[]::new);
	}

	/**
	 * The users of every node: a file of the local profile in the node's own config
	 * directory, which Spring Boot reads after the one in the jar (a list replaces the
	 * jar's list whole).
	 */
	private static void writeUsers(Path nodeHome, int clerks) {
		String users = IntStream.rangeClosed(1, clerks)
			.mapToObj((i) -> "      - { username: %s, name: Petugas %d, roles: [intake], regions: [probolinggo] }"
				.formatted(clerk(i), i))
			.collect(Collectors.joining("\n"));
		String yaml = """
				pantau:
				  identity:
				    users:
				      - { username: intake-prob, name: Siti Nurjanah, roles: [intake], regions: [probolinggo] }
				      - { username: auditor, name: Lukas Pranata, roles: [auditor], regions: [probolinggo, pamekasan] }
				""" + users + "\n";
		try {
			Files.createDirectories(nodeHome.resolve("config"));
			Files.writeString(nodeHome.resolve("config/application-local.yaml"), yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The user name of the i-th intake clerk (from 1). */
	public static String clerk(int i) {
		return "clerk-%03d".formatted(i);
	}

	public PantauProcess node(String name) {
		return this.nodes.get(this.names.indexOf(name));
	}

	public List<String> names() {
		return this.names;
	}

	/** The nodes still running, by name. */
	public Map<String, PantauProcess> alive() {
		Map<String, PantauProcess> alive = new java.util.LinkedHashMap<>();
		for (int i = 0; i < this.nodes.size(); i++) {
			if (this.nodes.get(i).isAlive()) {
				alive.put(this.names.get(i), this.nodes.get(i));
			}
		}
		return alive;
	}

	@Override
	public void close() {
		this.nodes.forEach(PantauProcess::kill);
	}

}
