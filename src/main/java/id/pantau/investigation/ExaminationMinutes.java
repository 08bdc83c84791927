package id.pantau.investigation;

import java.time.Instant;
import java.time.LocalDate;

import id.pantau.shared.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.util.StringUtils;

/** The minutes (BAP) of a hearing; a refusal to sign is recorded with its note. */
@Entity
@Table(name = "examination_minutes")
class ExaminationMinutes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private LocalDate examinedOn;

	private String summary;

	private boolean signedByEmployee;

	private String refusalNote;

	private String recordedBy;

	private Instant recordedAt;

	protected ExaminationMinutes() {
	}

	/**
	 * The minutes (BAP) of the examination at the hearing the employee attended: dated
	 * between the hearing and today; when he does not sign them, the note says why.
	 */
	static ExaminationMinutes record(Summons attended, LocalDate examinedOn, String summary, boolean signedByEmployee,
			String refusalNote, String recordedBy, Instant recordedAt, LocalDate today) {
		LocalDate hearing = attended.hearingAt().toLocalDate();
		if (examinedOn.isBefore(hearing) || examinedOn.isAfter(today)) {
			throw new InvalidInputException("examinedOn", "minutes.date", hearing);
		}
		if (!signedByEmployee && !StringUtils.hasText(refusalNote)) {
			throw new InvalidInputException("refusalNote", "minutes.refusal-note.required");
		}
		return new ExaminationMinutes(attended.caseId(), examinedOn, summary.strip(), signedByEmployee, refusalNote,
				recordedBy, recordedAt);
	}

	private ExaminationMinutes(long caseId, LocalDate examinedOn, String summary, boolean signedByEmployee,
			String refusalNote, String recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.examinedOn = examinedOn;
		this.summary = summary;
		this.signedByEmployee = signedByEmployee;
		this.refusalNote = refusalNote;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	LocalDate examinedOn() {
		return this.examinedOn;
	}

	String summary() {
		return this.summary;
	}

	boolean signedByEmployee() {
		return this.signedByEmployee;
	}

	String refusalNote() {
		return this.refusalNote;
	}

	String recordedBy() {
		return this.recordedBy;
	}

}
