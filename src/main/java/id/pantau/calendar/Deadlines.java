package id.pantau.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import id.pantau.shared.BusinessTime;

import org.springframework.stereotype.Component;

/**
 * Deadlines of the case route, used by the process models as
 * {@code ${deadlines.dueFor('step')}} for task due dates and timers alike.
 */
@Component("deadlines")
public class Deadlines {

	/** A deadline falls at the end of its day (Western Indonesia Time). */
	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final CalendarProperties properties;

	private final WorkingDays workingDays;

	Deadlines(CalendarProperties properties, WorkingDays workingDays) {
		this.properties = properties;
		this.workingDays = workingDays;
	}

	/**
	 * The due date of a step that starts now.
	 * @throws IllegalArgumentException for a step that has no configured deadline
	 */
	public Date dueFor(String step) {
		LocalDate day = this.workingDays.add(BusinessTime.today(), workingDaysFor(step));
		return Date.from(day.atTime(END_OF_DAY).atZone(BusinessTime.ZONE).toInstant());
	}

	/**
	 * When an overdue step that starts now escalates to the next level: the configured
	 * grace period in working days after its due date.
	 */
	public Date escalationFor(String step) {
		LocalDate due = this.workingDays.add(BusinessTime.today(), workingDaysFor(step));
		LocalDate day = this.workingDays.add(due, this.properties.escalationGrace());
		return Date.from(day.atTime(END_OF_DAY).atZone(BusinessTime.ZONE).toInstant());
	}

	/** The number of working days configured for a step. */
	public int workingDaysFor(String step) {
		Integer days = this.properties.deadlines().get(step);
		if (days == null) {
			throw new IllegalArgumentException("No deadline configured for step '" + step + "'");
		}
		return days;
	}

	/**
	 * The earliest date on which something may happen {@code step}'s days after
	 * {@code from}.
	 */
	public LocalDate workingDaysAfter(LocalDate from, String step) {
		return this.workingDays.add(from, workingDaysFor(step));
	}

}
