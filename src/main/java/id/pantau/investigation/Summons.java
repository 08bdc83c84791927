package id.pantau.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A written summons to a closed hearing, and whether the employee came. */
@Entity
@Table(name = "summons")
class Summons {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private int round;

	private String letterNumber;

	private LocalDate issuedOn;

	private LocalDateTime hearingAt;

	private String place;

	private String issuedBy;

	private Boolean attended;

	private String attendanceNote;

	private String attendanceRecordedBy;

	protected Summons() {
	}

	/**
	 * A summons to the reported employee. It is issued between the report's receipt and
	 * today, a second one not before the hearing he missed; its hearing falls on a
	 * working day, within office hours, at least the notice period after the summons.
	 * @param missed the summons whose hearing he missed, for a second summons
	 */
	static Summons issue(long caseId, Optional<Summons> missed, String letterNumber, LocalDate issuedOn,
			LocalDateTime hearingAt, String place, String issuedBy, LocalDate receivedOn, HearingCalendar calendar) {
		if (issuedOn.isBefore(receivedOn) || issuedOn.isAfter(calendar.today())) {
			throw new InvalidInputException("issuedOn", "date.not-before-registration", receivedOn);
		}
		LocalDate missedHearing = missed.map((s) -> s.hearingAt().toLocalDate()).orElse(null);
		if (missedHearing != null && issuedOn.isBefore(missedHearing)) {
			throw new InvalidInputException("issuedOn", "summons.second.before-absence", missedHearing);
		}
		LocalDate earliest = calendar.earliestHearing().apply(issuedOn);
		if (hearingAt.toLocalDate().isBefore(earliest)) {
			throw new InvalidInputException("hearingAt", "summons.hearing.too-early", calendar.noticeDays(), earliest);
		}
		if (!calendar.workingDay().test(hearingAt.toLocalDate())) {
			throw new InvalidInputException("hearingAt", "summons.hearing.not-working-day", hearingAt.toLocalDate());
		}
		LocalTime time = hearingAt.toLocalTime();
		if (time.isBefore(calendar.opens()) || !time.isBefore(calendar.closes())) {
			throw new InvalidInputException("hearingAt", "summons.hearing.office-hours", calendar.opens().toString(),
					calendar.closes().toString());
		}
		int round = missed.map(Summons::round).orElse(0) + 1;
		return new Summons(caseId, round, letterNumber.strip(), issuedOn, hearingAt, place.strip(), issuedBy);
	}

	private Summons(long caseId, int round, String letterNumber, LocalDate issuedOn, LocalDateTime hearingAt,
			String place, String issuedBy) {
		this.caseId = caseId;
		this.round = round;
		this.letterNumber = letterNumber;
		this.issuedOn = issuedOn;
		this.hearingAt = hearingAt;
		this.place = place;
		this.issuedBy = issuedBy;
	}

	/**
	 * Whether the employee came, recorded once the hearing's time has passed in the
	 * region's zone.
	 */
	void recordAttendance(boolean attended, String note, String username, Instant now, HearingCalendar calendar) {
		if (this.hearingAt.atZone(calendar.zone()).toInstant().isAfter(now)) {
			throw new InvalidInputException("attended", "attendance.before-hearing",
					this.hearingAt.toLocalDate().toString(), this.hearingAt.toLocalTime().toString(),
					calendar.zoneLabel());
		}
		if (this.attended != null) {
			throw new ConflictException("summons.attendance-recorded", this.round);
		}
		this.attended = attended;
		this.attendanceNote = note;
		this.attendanceRecordedBy = username;
	}

	long caseId() {
		return this.caseId;
	}

	int round() {
		return this.round;
	}

	String letterNumber() {
		return this.letterNumber;
	}

	LocalDate issuedOn() {
		return this.issuedOn;
	}

	LocalDateTime hearingAt() {
		return this.hearingAt;
	}

	String place() {
		return this.place;
	}

	String issuedBy() {
		return this.issuedBy;
	}

	Boolean attended() {
		return this.attended;
	}

	String attendanceNote() {
		return this.attendanceNote;
	}

}
