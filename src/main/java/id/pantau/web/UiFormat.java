package id.pantau.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.RegionTime;
import id.pantau.identity.Regions;
import id.pantau.identity.UserDirectory;
import id.pantau.shared.BusinessTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and labels as people read them, in the page's language: "6 November 2023", "6
 * November 2023 09.30 WITA". A moment is shown in the zone of the case's region (WIB,
 * WITA, WIT), with the zone's name. Used in templates as {@code @ui}.
 */
@Component("ui")
class UiFormat {

	private final MessageSource messages;

	private final RegionTime regionTime;

	private final Regions regions;

	private final UserDirectory directory;

	UiFormat(MessageSource messages, RegionTime regionTime, Regions regions, UserDirectory directory) {
		this.messages = messages;
		this.regionTime = regionTime;
		this.regions = regions;
		this.directory = directory;
	}

	/**
	 * A person by name and position ("Bambang Wicaksono (Inspektur Pembantu)"), not by
	 * login name; the system as "Sistem".
	 */
	public String person(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if ("system".equals(username)) {
			return text("web.person.system");
		}
		return this.directory.find(username).map((p) -> p.name() + " (" + roles(p.roles()) + ")").orElse(username);
	}

	/** A person's name alone, or the login name when the directory does not know him. */
	public String name(String username) {
		if (username == null) {
			return "";
		}
		return this.directory.find(username).map(PantauUser::name).orElse(username);
	}

	/** A role by its name ("Inspektur"), not its code. */
	public String role(String code) {
		return (code != null)
				? this.messages.getMessage("web.role." + code, null, code, LocaleContextHolder.getLocale()) : "";
	}

	/** Several roles by their names; a comma-separated list of codes is taken too. */
	public String roles(Object codes) {
		java.util.Collection<?> all = (codes instanceof java.util.Collection<?> c) ? c : (codes != null)
				? java.util.Arrays.asList(String.valueOf(codes).split("\\s*,\\s*")) : java.util.List.of();
		return all.stream().map(String::valueOf).map(this::role).collect(java.util.stream.Collectors.joining(", "));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** A region by its name ("Kabupaten Probolinggo"), not its code. */
	public String region(String code) {
		return (code != null) ? this.regions.find(code).map(Region::name).orElse(code) : "";
	}

	/** A date (a moment needs its region: {@link #date(Object, String)}). */
	public String date(Object value) {
		if (value instanceof Instant || value instanceof java.util.Date) {
			throw new IllegalArgumentException("A moment is shown in its region's zone: date(value, region)");
		}
		return format(value, null, "d MMMM yyyy");
	}

	/** A date, or a moment as its date in the region's zone. */
	public String date(Object value, String region) {
		return date(value, this.regionTime.zoneOf(region));
	}

	/** A date, or a moment as its date in the zone. */
	public String date(Object value, ZoneId zone) {
		return format(value, zone, "d MMMM yyyy");
	}

	/**
	 * A moment, or a local time of the region (a hearing), with its time of day and the
	 * zone's name.
	 */
	public String dateTime(Object value, String region) {
		return dateTime(value, this.regionTime.zoneOf(region));
	}

	/**
	 * A moment, or a local time of the zone, with its time of day and the zone's name.
	 */
	public String dateTime(Object value, ZoneId zone) {
		String text = format(value, zone, "d MMMM yyyy HH.mm");
		return (text.isEmpty() || value instanceof LocalDate) ? text : text + " " + BusinessTime.label(zone);
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

	/** The labels of several values, joined: "Teguran lisan, Teguran tertulis". */
	public String labels(java.util.Collection<?> values) {
		if (values == null) {
			return "";
		}
		return values.stream().map(this::label).collect(java.util.stream.Collectors.joining(", "));
	}

	/**
	 * The label of a form field by its JSON path ({@code decidedOn}: "Tanggal
	 * keputusan"), or null when the pages have none.
	 */
	public String fieldLabel(String path) {
		if (path == null) {
			return null;
		}
		String leaf = path.substring(path.lastIndexOf('.') + 1);
		String key = "web.field." + leaf.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
		return this.messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
	}

	/**
	 * Fields a form cannot be sent without (by JSON path): they are marked on the pages.
	 * Fields required only in some cases (a reason when deviating) are not.
	 */
	static final java.util.Set<String> REQUIRED = java.util.Set.of("region", "source", "referenceNumber", "receivedOn",
			"election.type", "election.year", "election.stage", "allegedActs", "description", "employee.nip",
			"employee.name", "employee.employmentType", "employee.position", "employee.positionType", "employee.unit",
			"outcome", "members", "letterNumber", "issuedOn", "hearingAt", "place", "attended", "examinedOn", "summary",
			"signedByEmployee", "proven", "findings", "approved", "noticeNumber", "signedOn", "draftNumber",
			"proposedSanction", "decreeNumber", "decidedOn", "deliveredOn", "method", "choice", "reportedOn");

	/** Whether a form cannot be sent without the field. */
	public boolean required(String path) {
		return REQUIRED.contains(path);
	}

	/**
	 * The hint for a field with a strict format ({@code employee.nip}: 18 digits), or
	 * null.
	 */
	public String hint(String path) {
		return (path != null)
				? this.messages.getMessage("web.hint." + path, null, null, LocaleContextHolder.getLocale()) : null;
	}

	/**
	 * What describes a field: its hint ({@code <path>-hint}) and its message when refused
	 * ({@code error-<path>}); null when neither.
	 */
	public String describedBy(String path, boolean refused) {
		String ids = ((hint(path) != null) ? path + "-hint " : "") + (refused ? "error-" + path : "");
		return ids.isBlank() ? null : ids.trim();
	}

	/** The name of a step (task definition key) in the page's language. */
	public String step(String key) {
		return (key != null) ? this.messages.getMessage("step." + key, null, key, LocaleContextHolder.getLocale()) : "";
	}

	private static String format(Object value, ZoneId zone, String pattern) {
		if (value == null) {
			return "";
		}
		TemporalAccessor temporal;
		if (value instanceof Instant i) {
			temporal = i.atZone(zone);
		}
		else if (value instanceof java.util.Date d) {
			temporal = d.toInstant().atZone(zone);
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
