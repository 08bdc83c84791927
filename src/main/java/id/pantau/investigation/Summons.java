package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalDateTime;

import id.pantau.shared.ConflictException;
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

	Summons(long caseId, int round, String letterNumber, LocalDate issuedOn, LocalDateTime hearingAt, String place,
			String issuedBy) {
		this.caseId = caseId;
		this.round = round;
		this.letterNumber = letterNumber;
		this.issuedOn = issuedOn;
		this.hearingAt = hearingAt;
		this.place = place;
		this.issuedBy = issuedBy;
	}

	void recordAttendance(boolean attended, String note, String username) {
		if (this.attended != null) {
			throw new ConflictException("summons.attendance-recorded", this.round);
		}
		this.attended = attended;
		this.attendanceNote = note;
		this.attendanceRecordedBy = username;
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
