package id.pantau.calendar;

import java.time.LocalTime;

import org.springframework.stereotype.Component;

/**
 * Office hours in which hearings are held, local time of the region
 * ({@code pantau.calendar.office-hours}, default 08:00-16:00).
 */
@Component
public class WorkingHours {

	private final CalendarProperties.OfficeHours hours;

	WorkingHours(CalendarProperties properties) {
		this.hours = properties.officeHours();
	}

	/**
	 * Whether something may begin at this local time: from opening until before closing.
	 */
	public boolean contain(LocalTime time) {
		return this.hours.contain(time);
	}

	public LocalTime opens() {
		return this.hours.opens();
	}

	public LocalTime closes() {
		return this.hours.closes();
	}

}
