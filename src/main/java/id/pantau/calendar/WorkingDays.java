package id.pantau.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Counts working days: Monday to Friday, except the configured holidays (the national
 * holiday calendar comes with its own issue).
 */
@Component
public class WorkingDays {

	private final Set<LocalDate> holidays;

	WorkingDays(CalendarProperties properties) {
		this.holidays = new HashSet<>(properties.holidays());
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
