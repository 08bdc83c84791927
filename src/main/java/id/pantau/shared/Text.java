package id.pantau.shared;

import java.time.LocalDate;

/**
 * What Pantau accepts in the text and dates people send: no control characters (C0, DEL,
 * C1; line breaks and tabs only in {@link MultiLine} text), no bidirectional embedding,
 * override, isolate or mark characters (they make a text read differently from what is
 * stored), no unpaired surrogates; dates between {@link #EARLIEST_DATE} and
 * {@link #LATEST_DATE}.
 */
public final class Text {

	/** The earliest date any date field accepts. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);

	/** The latest date any date field accepts. */
	public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

	private Text() {
	}

	/**
	 * The first character the text may not contain, or -1.
	 * @param multiLine whether line feed, carriage return and tab are allowed
	 * @return its code point (a lone surrogate as its own value), or -1
	 */
	public static int firstRefused(String text, boolean multiLine) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (refused(c, multiLine)) {
				return c;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	/** The code point as people look it up, e.g. {@code U+202E}. */
	public static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

	/** Whether the date lies in the accepted range. */
	public static boolean inRange(LocalDate date) {
		return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
	}

	private static boolean refused(int c, boolean multiLine) {
		if (c == '\n' || c == '\r' || c == '\t') {
			return !multiLine;
		}
		if (c == 0x2028 || c == 0x2029) {
			return !multiLine;
		}
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x202a && c <= 0x202e)
				|| (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c || c == 0xfffe
				|| c == 0xffff;
	}

}
