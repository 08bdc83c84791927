package id.pantau;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import id.pantau.shared.BusinessTime;

import org.springframework.core.io.ClassPathResource;

/**
 * Working days as the shipped holiday calendar has them, for tests that must pick a
 * hearing day or a date some working days away without asking the application.
 */
public final class TestCalendar {

	/** Western Indonesia Time, the zone of the demo regions Probolinggo and Pamekasan. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final Set<LocalDate> HOLIDAYS = read();

	private TestCalendar() {
	}

	/** Today by the engine's clock in Western Indonesia Time. */
	public static LocalDate today() {
		return LocalDate.ofInstant(BusinessTime.now(), WIB);
	}

	public static boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !HOLIDAYS.contains(date);
	}

	/** The date {@code days} working days after {@code from}. */
	public static LocalDate workingDaysAfter(LocalDate from, int days) {
		LocalDate date = from;
		for (int counted = 0; counted < days;) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/** The date itself if it is a working day, else the working day before it. */
	public static LocalDate workingDayOnOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** The last moment of a day in Western Indonesia Time, as deadlines end. */
	public static Instant endOfDayWib(LocalDate day) {
		return day.atTime(23, 59, 59).atZone(WIB).toInstant();
	}

	private static Set<LocalDate> read() {
		Set<LocalDate> days = new HashSet<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("calendar/holidays-id.csv").getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					days.add(LocalDate.parse(line.substring(0, line.indexOf(',')).strip()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return days;
	}

}
