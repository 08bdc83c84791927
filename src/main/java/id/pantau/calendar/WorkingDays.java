package id.pantau.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Counts working days: Monday to Friday, except the national holidays and collective
 * leave of the {@link HolidayCalendar} and the holidays configured in
 * {@code pantau.calendar.holidays}.
 */
@Component
public class WorkingDays {

	private final Set<LocalDate> configured;

	private volatile Set<LocalDate> holidays;

	WorkingDays(CalendarProperties properties) {
		this.configured = Set.copyOf(properties.holidays());
		this.holidays = this.configured;
	}

	/** Takes the holiday calendar's days (besides the configured ones). */
	void useHolidays(Collection<LocalDate> calendar) {
		Set<LocalDate> all = new HashSet<>(this.configured);
		all.addAll(calendar);
		this.holidays = Set.copyOf(all);
	}

	/**
	 * The date {@code days} working days after {@code from} (which itself does not
	 * count).
	 */
	public LocalDate add(LocalDate from, int days) {
		LocalDate date = from;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.contains(date);
	}

}
