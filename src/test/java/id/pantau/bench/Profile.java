package id.pantau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Java Flight Recording's CPU samples fell in a window of time: by the code that
 * was running (its package group) and by the methods most often on top.
 */
final class Profile {

	/**
	 * Package prefixes by the name the report gives them; the first that matches wins.
	 */
	private static final Map<String, String> GROUPS = groups();

	private Profile() {
	}

	private static Map<String, String> groups() {
		Map<String, String> groups = new LinkedHashMap<>();
		groups.put("org.springframework.security.crypto", "password hash (bcrypt)");
		groups.put("org.h2", "H2 database");
		groups.put("org.postgresql", "PostgreSQL driver");
		groups.put("org.camunda", "Camunda engine");
		groups.put("org.apache.ibatis", "Camunda engine (MyBatis)");
		groups.put("org.hibernate", "Hibernate");
		groups.put("org.flywaydb", "Flyway");
		groups.put("id.pantau", "Pantau");
		groups.put("org.springframework", "Spring");
		groups.put("org.apache.catalina", "Tomcat");
		groups.put("org.apache.tomcat", "Tomcat");
		groups.put("org.apache.coyote", "Tomcat");
		groups.put("com.fasterxml", "Jackson");
		groups.put("org.thymeleaf", "Thymeleaf");
		groups.put("com.zaxxer", "HikariCP");
		groups.put("ch.qos.logback", "logging");
		groups.put("java.util.zip", "JDK (jar, zip)");
		groups.put("jdk.internal.loader", "JDK (class loading)");
		groups.put("java.lang.ClassLoader", "JDK (class loading)");
		groups.put("java.", "JDK");
		groups.put("jdk.", "JDK");
		groups.put("sun.", "JDK");
		return groups;
	}

	/**
	 * The summary of the samples between the two moments.
	 * @param topMethods how many of the hottest methods to name
	 */
	static String summary(Path recording, Instant from, Instant to, int topMethods) {
		List<Instant[]> window = new java.util.ArrayList<>();
		window.add(new Instant[] { from, to });
		return summary(recording, window, topMethods);
	}

	/** The summary of the samples in the windows (pairs of moments). */
	static String summary(Path recording, List<Instant[]> windows, int topMethods) {
		if (!Files.exists(recording)) {
			return "(no recording)";
		}
		Map<String, Integer> byGroup = new HashMap<>();
		Map<String, Integer> byMethod = new HashMap<>();
		int samples = 0;
		try {
			for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
				if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || windows.stream()
					.noneMatch((w) -> !event.getStartTime().isBefore(w[0]) && !event.getStartTime().isAfter(w[1]))) {
					continue;
				}
				RecordedStackTrace stack = event.getStackTrace();
				if (stack == null || stack.getFrames().isEmpty()) {
					continue;
				}
				samples++;
				byGroup.merge(group(stack.getFrames()), 1, Integer::sum);
				RecordedFrame top = stack.getFrames().get(0);
				byMethod.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int total = Math.max(1, samples);
		return samples + " samples; by code: " + top(byGroup, 8, total) + "; hottest methods: "
				+ top(byMethod, topMethods, total);
	}

	/**
	 * The group of a sample: the first frame of a known library counted from the top, so
	 * that JDK code called by H2 counts as H2; the password hash wins wherever it is.
	 */
	private static String group(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			if (type.startsWith("org.springframework.security.crypto")) {
				return GROUPS.get("org.springframework.security.crypto");
			}
		}
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			for (Map.Entry<String, String> group : GROUPS.entrySet()) {
				if (type.startsWith(group.getKey()) && !group.getValue().startsWith("JDK")) {
					return group.getValue();
				}
			}
		}
		String type = frames.get(0).getMethod().getType().getName();
		return GROUPS.entrySet()
			.stream()
			.filter((g) -> type.startsWith(g.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("other");
	}

	private static String top(Map<String, Integer> counts, int n, int total) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(n)
			.map((e) -> "%s %d%%".formatted(e.getKey(), Math.round(100.0 * e.getValue() / total)))
			.collect(Collectors.joining(", "));
	}

}
