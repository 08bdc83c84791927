package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * What the summons rules need to know of the case region's calendar.
 *
 * @param today the region's today
 * @param zone the region's time zone, in which hearings are set
 * @param zoneLabel the zone as people read it (WIB, WITA, WIT)
 * @param noticeDays the working days of notice a summons gives before its hearing
 * @param earliestHearing the first day a hearing may be set for a summons issued on a day
 * @param workingDay whether a day is a working day
 * @param opens office hours' start
 * @param closes office hours' end (a hearing starts before it)
 */
record HearingCalendar(LocalDate today, ZoneId zone, String zoneLabel, int noticeDays,
		java.util.function.Function<LocalDate, LocalDate> earliestHearing, Predicate<LocalDate> workingDay,
		LocalTime opens, LocalTime closes) {

}
