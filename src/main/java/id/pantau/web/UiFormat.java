package id.pantau.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and labels as people read them, in the page's language: "6 November 2023", "6
 * November 2023 09.30" (Jakarta time). Used in templates as {@code @ui}.
 */
@Component("ui")
class UiFormat {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final MessageSource messages;

	UiFormat(MessageSource messages) {
		this.messages = messages;
	}

	/** A date, or a moment as its date in Jakarta. */
	public String date(Object value) {
		return format(value, "d MMMM yyyy");
	}

	/** A moment with its time of day in Jakarta. */
	public String dateTime(Object value) {
		return format(value, "d MMMM yyyy HH.mm");
	}

	/** The label of an enum value, e.g. {@code Violation.BANNER}. */
	public String label(Object value) {
		if (value == null) {
			return "";
		}
		String key = (value instanceof Enum<?> e) ? "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name()
				: String.valueOf(value);
		return this.messages.getMessage(key, null, String.valueOf(value), LocaleContextHolder.getLocale());
	}

	/**
	 * The label of a value of the named enum, e.g.
	 * {@code ('DecisionOutcome', 'APPROVE')}.
	 */
	public String label(String enumName, Object value) {
		String key = "enum." + enumName + "." + value;
		return this.messages.getMessage(key, null, String.valueOf(value), LocaleContextHolder.getLocale());
	}

	/** The name of a step (task definition key) in the page's language. */
	public String step(String key) {
		return (key != null) ? this.messages.getMessage("step." + key, null, key, LocaleContextHolder.getLocale()) : "";
	}

	private static String format(Object value, String pattern) {
		if (value == null) {
			return "";
		}
		TemporalAccessor temporal;
		if (value instanceof Instant i) {
			temporal = i.atZone(JAKARTA);
		}
		else if (value instanceof java.util.Date d) {
			temporal = d.toInstant().atZone(JAKARTA);
		}
		else if (value instanceof LocalDateTime || value instanceof LocalDate) {
			temporal = (TemporalAccessor) value;
		}
		else {
			throw new IllegalArgumentException("Not a date: " + value.getClass());
		}
		String effective = (temporal instanceof LocalDate) ? "d MMMM yyyy" : pattern;
		return DateTimeFormatter.ofPattern(effective, LocaleContextHolder.getLocale()).format(temporal);
	}

}
