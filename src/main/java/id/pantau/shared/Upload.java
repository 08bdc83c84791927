package id.pantau.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import java.util.List;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What every import of an uploaded list needs besides reading its {@link Sheet}: the
 * dates as officials type them, the file's fingerprint, a file name safe to keep, the one
 * worker that records the rows in the background, and the status shown while it runs.
 */
public final class Upload {

	/**
	 * An import without progress for this long was cut off (a restart): it is shown so.
	 */
	public static final Duration STALLED = Duration.ofMinutes(10);

	/** Dates as officials type them; strict, so 31/02/2024 is no date. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	private Upload() {
	}

	/**
	 * The day a cell names (yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy), or null when
	 * it names none.
	 */
	public static LocalDate date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		return null;
	}

	/**
	 * Refuses an empty file and one larger than the limit (400 on {@code file}), before
	 * it is read.
	 */
	public static void requireSize(byte[] bytes, org.springframework.util.unit.DataSize max) {
		if (bytes.length == 0) {
			throw new InvalidInputException("file", "sheet.file.empty");
		}
		if (bytes.length > max.toBytes()) {
			throw new InvalidInputException("file", "sheet.file.too-large", max.toMegabytes());
		}
	}

	/** The file's SHA-256, in hexadecimal. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	/** The file's name without control characters or folders, at most 255 characters. */
	public static String safeName(String fileName) {
		String name = (fileName == null || fileName.isBlank()) ? "import" : fileName;
		name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
		return truncate(name, 255);
	}

	/** The text cut to at most max characters (null stays null). */
	public static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	/**
	 * The status to show: a {@code RUNNING} import without progress for {@link #STALLED}
	 * is {@code INTERRUPTED} (the server stopped while it ran).
	 */
	public static String shownStatus(String status, Instant updatedAt) {
		return ("RUNNING".equals(status) && updatedAt.isBefore(BusinessTime.now().minus(STALLED))) ? "INTERRUPTED"
				: status;
	}

	/**
	 * One background thread that records imports one at a time, with room for this many
	 * waiting; not waited for at shutdown (an import cut off shows INTERRUPTED).
	 */
	public static ThreadPoolTaskExecutor worker(String threadNamePrefix, int queue) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(queue);
		executor.setThreadNamePrefix(threadNamePrefix);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}

}
