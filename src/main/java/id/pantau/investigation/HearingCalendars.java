package id.pantau.investigation;

import id.pantau.calendar.Deadlines;
import id.pantau.calendar.WorkingDays;
import id.pantau.calendar.WorkingHours;
import id.pantau.identity.RegionTime;

import org.springframework.stereotype.Component;

/** The calendar facts the summons rules need, for a case's region. */
@Component
class HearingCalendars {

	static final String NOTICE = "summons-notice";

	private final Deadlines deadlines;

	private final WorkingDays workingDays;

	private final WorkingHours hours;

	private final RegionTime regionTime;

	HearingCalendars(Deadlines deadlines, WorkingDays workingDays, WorkingHours hours, RegionTime regionTime) {
		this.deadlines = deadlines;
		this.workingDays = workingDays;
		this.hours = hours;
		this.regionTime = regionTime;
	}

	HearingCalendar of(String region) {
		return new HearingCalendar(this.regionTime.today(region), this.regionTime.zoneOf(region),
				this.regionTime.label(region), this.deadlines.workingDaysFor(NOTICE),
				(issuedOn) -> this.deadlines.workingDaysAfter(issuedOn, NOTICE), this.workingDays::isWorkingDay,
				this.hours.opens(), this.hours.closes());
	}

}
