package id.pantau.calendar;

/** National holiday (libur nasional) or collective leave (cuti bersama). */
public enum HolidayKind {

	NATIONAL, COLLECTIVE_LEAVE

}
