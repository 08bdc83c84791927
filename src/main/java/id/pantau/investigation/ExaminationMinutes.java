package id.pantau.investigation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	ExaminationMinutes(long caseId, LocalDate examinedOn, String summary, boolean signedByEmployee, String refusalNote,
			String recordedBy, Instant recordedAt) {
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
