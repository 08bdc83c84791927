package id.pantau.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HexFormat;
import java.util.List;

/**
 * What every import of an uploaded list needs besides reading its {@link Sheet}: the
 * dates as officials type them, the file's fingerprint, and a file name safe to keep.
 */
public final class Upload {

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

}
