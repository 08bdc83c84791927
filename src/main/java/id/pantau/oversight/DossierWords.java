package id.pantau.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.Regions;
import id.pantau.identity.UserDirectory;
import id.pantau.shared.BusinessTime;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the dossier, in Indonesian whoever asks for it: labels, the names of
 * steps, sanctions, acts and statuses (the catalogue's labels), people by name and
 * position, regions by name, dates and times as Indonesians write them in the region's
 * zone ("6 Mei 2024 09.30 WITA").
 */
@Component
class DossierWords {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", INDONESIAN);

	private final MessageSource messages;

	private final UserDirectory directory;

	private final Regions regions;

	DossierWords(MessageSource messages, UserDirectory directory, Regions regions) {
		this.messages = messages;
		this.directory = directory;
		this.regions = regions;
	}

	/** A text of the bundles in Indonesian; the key itself where there is none. */
	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, INDONESIAN);
	}

	/** The label of a catalogue value ({@code Sanction}, {@code WRITTEN_REPRIMAND}). */
	String label(String enumName, Object value) {
		if (value == null || String.valueOf(value).isBlank()) {
			return "-";
		}
		return this.messages.getMessage("enum." + enumName + "." + value, null, String.valueOf(value), INDONESIAN);
	}

	/** Several labels of one catalogue, separated by semicolons. */
	String labels(String enumName, Collection<?> values) {
		return values.stream().map((v) -> label(enumName, v)).collect(Collectors.joining("; "));
	}

	/** A step by its name ("Penyusunan LHP"). */
	String step(String key, String fallback) {
		if (key == null) {
			return (fallback != null) ? fallback : "";
		}
		return this.messages.getMessage("step." + key, null, (fallback != null) ? fallback : key, INDONESIAN);
	}

	/**
	 * A person by name and position ("Bambang Wicaksono (Inspektur Pembantu)"); someone
	 * the directory no longer knows by the roles recorded with the event.
	 */
	String person(String username, String recordedRoles) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if ("system".equals(username)) {
			return text("web.person.system");
		}
		return this.directory.find(username)
			.map((PantauUser p) -> p.name() + " (" + roles(p.roles()) + ")")
			.orElseGet(() -> text("dossier.unknown-person")
					+ ((recordedRoles != null && !recordedRoles.isBlank()) ? " (" + roles(recordedRoles) + ")" : ""));
	}

	/** Roles by their names; a comma-separated list of codes is taken too. */
	String roles(Object codes) {
		Collection<?> all = (codes instanceof Collection<?> c) ? c
				: Arrays.asList(String.valueOf(codes).split("\\s*,\\s*"));
		return all.stream()
			.map(String::valueOf)
			.filter((r) -> !r.isBlank())
			.map((r) -> this.messages.getMessage("web.role." + r, null, r, INDONESIAN))
			.collect(Collectors.joining(", "));
	}

	/** A region by its name ("Kabupaten Probolinggo"). */
	String region(String code) {
		return (code != null) ? this.regions.find(code).map(Region::name).orElse(code) : "-";
	}

	/** A word that may be a login name, not inside a longer word. */
	private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern
		.compile("(?<![A-Za-z0-9._@-])[a-z][a-z0-9._-]{2,63}(?![A-Za-z0-9._@-])");

	/** Names of the people met in the details, by login name (empty: not a person). */
	private final java.util.Map<String, java.util.Optional<String>> names = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The technical detail of an event with the people in it by name: a login name the
	 * directory knows ({@code insp1-prob}) becomes the person's name.
	 */
	String detail(String detail) {
		if (detail == null) {
			return null;
		}
		if (this.names.size() > 10_000) {
			this.names.clear();
		}
		java.util.regex.Matcher word = LOGIN.matcher(detail);
		StringBuilder out = new StringBuilder();
		while (word.find()) {
			String name = this.names.computeIfAbsent(word.group(), (w) -> this.directory.find(w).map(PantauUser::name))
				.orElse(word.group());
			word.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(name));
		}
		word.appendTail(out);
		return out.toString();
	}

	String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "-";
	}

	/** A moment in the region's zone, with the zone's name. */
	String dateTime(Instant at, ZoneId zone) {
		return (at != null) ? DATE_TIME.format(at.atZone(zone)) + " " + BusinessTime.label(zone) : "-";
	}

	String yesNo(boolean yes) {
		return text(yes ? "web.yes" : "web.no");
	}

}
