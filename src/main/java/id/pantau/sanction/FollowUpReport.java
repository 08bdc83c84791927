package id.pantau.sanction;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The report of the follow-up sent back to BKN and Bawaslu. */
@Entity
@Table(name = "follow_up_report")
class FollowUpReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private String letterNumber;

	private LocalDate reportedOn;

	private String note;

	private String reportedBy;

	protected FollowUpReport() {
	}

	/**
	 * HR's report to BKN and Bawaslu on the decided case, dated between the decision and
	 * the region's today.
	 */
	static FollowUpReport report(SanctionDecision decision, String letterNumber, LocalDate reportedOn, String note,
			String reportedBy, LocalDate today) {
		decision.checkFollowUpDate(reportedOn, today);
		return new FollowUpReport(decision.caseId(), letterNumber.strip(), reportedOn, note, reportedBy);
	}

	private FollowUpReport(long caseId, String letterNumber, LocalDate reportedOn, String note, String reportedBy) {
		this.caseId = caseId;
		this.letterNumber = letterNumber;
		this.reportedOn = reportedOn;
		this.note = note;
		this.reportedBy = reportedBy;
	}

	String letterNumber() {
		return this.letterNumber;
	}

	LocalDate reportedOn() {
		return this.reportedOn;
	}

	String note() {
		return this.note;
	}

	String reportedBy() {
		return this.reportedBy;
	}

}
