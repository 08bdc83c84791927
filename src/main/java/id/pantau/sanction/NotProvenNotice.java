package id.pantau.sanction;

import java.time.LocalDate;

import id.pantau.shared.InvalidInputException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The notice that closes a case found not proven, signed by the PPK. */
@Entity
@Table(name = "not_proven_notice")
class NotProvenNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private String noticeNumber;

	private LocalDate signedOn;

	private String signedBy;

	protected NotProvenNotice() {
	}

	/** The PPK signs the notice, on a day no later than the region's today. */
	static NotProvenNotice issue(long caseId, String noticeNumber, LocalDate signedOn, String signedBy,
			LocalDate today) {
		if (signedOn.isAfter(today)) {
			throw new InvalidInputException("signedOn", "date.future");
		}
		return new NotProvenNotice(caseId, noticeNumber.strip(), signedOn, signedBy);
	}

	private NotProvenNotice(long caseId, String noticeNumber, LocalDate signedOn, String signedBy) {
		this.caseId = caseId;
		this.noticeNumber = noticeNumber;
		this.signedOn = signedOn;
		this.signedBy = signedBy;
	}

	String noticeNumber() {
		return this.noticeNumber;
	}

	LocalDate signedOn() {
		return this.signedOn;
	}

	String signedBy() {
		return this.signedBy;
	}

}
