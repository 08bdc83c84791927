package id.pantau;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pantau in a JVM of its own, started from the test's class path (without the test
 * classes) in a working directory of its own, so that the local profile's relative H2
 * file database and evidence directory live there. The process is the JVM itself, so
 * {@link #kill()} is a SIGKILL of Pantau, as an operator's {@code kill -9}.
 */
public final class PantauProcess {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private final Process process;

	private final int port;

	private final Path log;

	private PantauProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts Pantau in the directory with the given arguments and waits until its health
	 * check answers UP.
	 * @param home the working directory (the database is {@code home/data/pantau})
	 * @param log where the JVM's output goes
	 */
	public static PantauProcess start(Path home, Path log, String... arguments) {
		return start(home, log, freePort(), arguments);
	}

	/**
	 * Starts Pantau as {@link #start(Path, Path, String...)} does, on the given port
	 * (e.g. one a Keycloak realm was told to redirect to beforehand).
	 */
	public static PantauProcess start(Path home, Path log, int port, String... arguments) {
		return start(home, log, port, List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), arguments);
	}

	/**
	 * Starts Pantau as {@link #start(Path, Path, String...)} does, with the given options
	 * of the JVM.
	 */
	public static PantauProcess start(Path home, Path log, List<String> jvmOptions, String... arguments) {
		return start(home, log, freePort(), jvmOptions, arguments);
	}

	private static PantauProcess start(Path home, Path log, int port, List<String> jvmOptions, String... arguments) {
		try {
			Files.createDirectories(home);
			Files.createDirectories(log.getParent());
			List<String> command = new ArrayList<>();
			command.add(javaExecutable());
			command.addAll(jvmOptions);
			command.addAll(List.of("-cp", classPath(), PantauApplication.class.getName(), "--server.port=" + port));
			command.addAll(Arrays.asList(arguments));
			Process process = new ProcessBuilder(command).directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			PantauProcess pantau = new PantauProcess(process, port, log);
			pantau.awaitHealthy();
			return pantau;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI uri() {
		return URI.create("http://localhost:" + this.port);
	}

	public long pid() {
		return this.process.pid();
	}

	/** SIGKILL on Linux: no shutdown hook, no flush, no close of the database. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGTERM: Pantau shuts down and closes its database; waits until it has. */
	public void stop() {
		this.process.destroy();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	private void awaitHealthy() {
		Instant started = Instant.now();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(uri().resolve("/actuator/health"))
			.timeout(Duration.ofSeconds(10))
			.build();
		while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Pantau exited with " + this.process.exitValue()
						+ " while starting; its log " + this.log.toAbsolutePath() + " ends:\n" + tail());
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			pause();
		}
		kill();
		throw new IllegalStateException("Pantau did not start within " + START_TIMEOUT + "; its log "
				+ this.log.toAbsolutePath() + " ends:\n" + tail());
	}

	/** Polling interval while waiting for the health check. */
	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The main classes and every dependency of the test's class path. Surefire may run
	 * tests from a manifest-only jar; it then names the real class path in
	 * {@code surefire.test.class.path}.
	 */
	private static String classPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** A TCP port free on this machine at the moment. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
