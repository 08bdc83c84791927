package id.pantau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.PantauProcess;

/**
 * Pantau measured as an operator runs it: a JVM of its own, started on the benchmark's
 * database, timed from launch to a healthy answer, with its resident memory read from the
 * operating system, the phases of its start-up read from its log, and a Java Flight
 * Recording of its CPU.
 */
final class BenchServer implements AutoCloseable {

	/** The JVM's options: a 512 MiB heap and the serial collector (2 cores). */
	static final List<String> JVM = List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC");

	/** Log lines that mark the phases of a start, by the phase they end. */
	private static final Map<String, Pattern> PHASES = markers();

	private final PantauProcess process;

	private final Path log;

	private final Path recording;

	private final Instant launched;

	private final Instant healthy;

	private BenchServer(PantauProcess process, Path log, Path recording, Instant launched, Instant healthy) {
		this.process = process;
		this.log = log;
		this.recording = recording;
		this.launched = launched;
		this.healthy = healthy;
	}

	private static Map<String, Pattern> markers() {
		Map<String, Pattern> phases = new LinkedHashMap<>();
		phases.put("JVM and Spring Boot up to the data source", Pattern.compile("HikariPool-1 - Start completed"));
		phases.put("Flyway (schema checked or migrated)",
				Pattern.compile("Successfully (validated|applied)|Schema .* is up to date|Current version of schema"));
		phases.put("Hibernate (JPA)", Pattern.compile("Initialized JPA EntityManagerFactory"));
		phases.put("Camunda engine built", Pattern.compile("ENGINE-00001 Process Engine"));
		phases.put("Tomcat listening", Pattern.compile("Tomcat started on port"));
		phases.put("Spring context ready", Pattern.compile("Started PantauApplication in"));
		phases.put("process models deployed (auto-deployment)",
				Pattern.compile("ENGINE-08023|ENGINE-07021|Deployment summary"));
		return phases;
	}

	static BenchServer start(Path home, String name, List<String> arguments, boolean profile) {
		Path log = home.resolve(name + ".log");
		Path recording = home.resolve(name + ".jfr");
		try {
			Files.deleteIfExists(log);
			Files.deleteIfExists(recording);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> jvm = new ArrayList<>(JVM);
		if (profile) {
			jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + recording.toAbsolutePath());
		}
		Instant launched = Instant.now();
		PantauProcess process = PantauProcess.start(home, log, jvm, arguments.toArray(String[]::new));
		return new BenchServer(process, log, recording, launched, Instant.now());
	}

	long pid() {
		return this.process.pid();
	}

	java.net.URI uri() {
		return this.process.uri();
	}

	Instant launched() {
		return this.launched;
	}

	Instant healthy() {
		return this.healthy;
	}

	/** From launch to the first healthy answer. */
	Duration startUp() {
		return Duration.between(this.launched, this.healthy);
	}

	/** Resident memory of the JVM now, in MiB. */
	long residentMiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.process.pid() + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * The phases of the start: each with the seconds since launch its last line was
	 * logged.
	 */
	Map<String, Double> phases() {
		Map<String, Double> found = new LinkedHashMap<>();
		Pattern stamp = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d+(Z|[+-]\\d{2}:\\d{2}))");
		try {
			for (String line : Files.readAllLines(this.log)) {
				Matcher at = stamp.matcher(line);
				if (!at.find()) {
					continue;
				}
				Instant when = OffsetDateTime.parse(at.group(1)).toInstant();
				if (when.isAfter(this.healthy.plusSeconds(1))) {
					break;
				}
				for (Map.Entry<String, Pattern> phase : PHASES.entrySet()) {
					if (phase.getValue().matcher(line).find()) {
						found.put(phase.getKey(), Duration.between(this.launched, when).toMillis() / 1000.0);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/** Writes the flight recording so far to its file; answers the file. */
	Path dumpRecording() {
		try {
			Process jcmd = new ProcessBuilder("jcmd", Long.toString(this.process.pid()), "JFR.dump",
					"filename=" + this.recording.toAbsolutePath())
				.redirectErrorStream(true)
				.start();
			jcmd.getInputStream().readAllBytes();
			jcmd.waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return this.recording;
	}

	@Override
	public void close() {
		this.process.stop();
	}

}
