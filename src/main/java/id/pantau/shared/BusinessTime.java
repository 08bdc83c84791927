package id.pantau.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Business time: the engine's clock, so tests that move the engine clock move every
 * deadline with it. The clock has no zone: a date ("today", the last day of a deadline)
 * belongs to a region and is read in the region's zone ({@code identity.RegionTime}).
 */
public final class BusinessTime {

	/** Indonesia's three zones by the names people use. */
	private static final Map<String, String> INDONESIAN_ZONES = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
			"Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

	private BusinessTime() {
	}

	/**
	 * The instant as a UTC timestamp, as Pantau's own tables store instants (JDBC writes
	 * and reads {@code timestamp with time zone}).
	 */
	public static java.time.OffsetDateTime utc(Instant at) {
		return java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Today's date in the given zone. */
	public static LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(now(), zone);
	}

	/**
	 * The short name of a zone as people in Indonesia write it after a time: WIB, WITA,
	 * WIT; other zones by their offset ({@code UTC+10:00}).
	 */
	public static String label(ZoneId zone) {
		String name = INDONESIAN_ZONES.get(zone.getId());
		if (name != null) {
			return name;
		}
		return (zone instanceof ZoneOffset offset) ? "UTC" + offset.getId()
				: zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
	}

}
