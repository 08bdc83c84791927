package id.pantau.sanction;

import java.time.Instant;
import java.time.LocalDate;

import id.pantau.shared.ConflictException;
import id.pantau.shared.Sanction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The decision letter (SK) of a case: drafted by HR, decided by the PPK, delivered by HR.
 */
@Entity
@Table(name = "sanction_decision")
class SanctionDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private String draftNumber;

	@Enumerated(EnumType.STRING)
	private Sanction proposedSanction;

	@Enumerated(EnumType.STRING)
	private Sanction recommendedSanction;

	private String draftedBy;

	private Instant draftedAt;

	@Enumerated(EnumType.STRING)
	private DecisionOutcome outcome;

	@Enumerated(EnumType.STRING)
	private Sanction finalSanction;

	private String reason;

	private String decreeNumber;

	private LocalDate decidedOn;

	private String decidedBy;

	private Instant decidedAt;

	private Boolean deviated;

	private Boolean recommendationFollowed;

	private String deviationReason;

	private LocalDate deliveredOn;

	@Enumerated(EnumType.STRING)
	private DeliveryMethod deliveryMethod;

	private String deliveredBy;

	private LocalDate acceptedOn;

	private String acceptanceNote;

	private Long acceptanceFileId;

	private String acceptanceRecordedBy;

	@Version
	private long version;

	protected SanctionDecision() {
	}

	SanctionDecision(long caseId, String draftNumber, Sanction proposed, Sanction recommended, String draftedBy,
			Instant draftedAt) {
		this.caseId = caseId;
		this.draftNumber = draftNumber;
		this.proposedSanction = proposed;
		this.recommendedSanction = recommended;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
	}

	/**
	 * Whether the decision followed the sanction table's recommendation, and why not;
	 * null where no recommendation was recorded.
	 */
	void recordRecommendation(Boolean followed, String deviationReason) {
		this.recommendationFollowed = followed;
		this.deviationReason = deviationReason;
	}

	/** The PPK's decision; the sanction is null for a rejection. */
	void decide(DecisionOutcome outcome, Sanction sanction, String reason, String decreeNumber, LocalDate decidedOn,
			String username, Instant at) {
		if (this.outcome != null) {
			throw new ConflictException("decision.decided");
		}
		this.outcome = outcome;
		this.finalSanction = sanction;
		this.reason = reason;
		this.decreeNumber = decreeNumber;
		this.decidedOn = decidedOn;
		this.decidedBy = username;
		this.decidedAt = at;
		this.deviated = (sanction != this.recommendedSanction);
	}

	void recordDelivery(LocalDate deliveredOn, DeliveryMethod method, String username) {
		if (this.deliveredOn != null) {
			throw new ConflictException("decision.delivered");
		}
		this.deliveredOn = deliveredOn;
		this.deliveryMethod = method;
		this.deliveredBy = username;
	}

	/**
	 * The employee's written statement that he accepts the decision without appeal.
	 * @param fileId the scanned statement among the case's documents, if any
	 */
	void recordAcceptance(LocalDate acceptedOn, String note, Long fileId, String username) {
		if (this.acceptedOn != null) {
			throw new ConflictException("decision.accepted");
		}
		this.acceptedOn = acceptedOn;
		this.acceptanceNote = note;
		this.acceptanceFileId = fileId;
		this.acceptanceRecordedBy = username;
	}

	/** The sanction after an appeal changed or revoked it. */
	void applyAppeal(AppealOutcome outcome, Sanction changedTo) {
		if (outcome == AppealOutcome.CHANGED) {
			this.finalSanction = changedTo;
		}
		else if (outcome == AppealOutcome.REVOKED) {
			this.finalSanction = null;
		}
	}

	long caseId() {
		return this.caseId;
	}

	String draftNumber() {
		return this.draftNumber;
	}

	Sanction proposedSanction() {
		return this.proposedSanction;
	}

	Sanction recommendedSanction() {
		return this.recommendedSanction;
	}

	String draftedBy() {
		return this.draftedBy;
	}

	DecisionOutcome outcome() {
		return this.outcome;
	}

	Sanction finalSanction() {
		return this.finalSanction;
	}

	String reason() {
		return this.reason;
	}

	String decreeNumber() {
		return this.decreeNumber;
	}

	LocalDate decidedOn() {
		return this.decidedOn;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Boolean deviated() {
		return this.deviated;
	}

	Boolean recommendationFollowed() {
		return this.recommendationFollowed;
	}

	String deviationReason() {
		return this.deviationReason;
	}

	LocalDate deliveredOn() {
		return this.deliveredOn;
	}

	DeliveryMethod deliveryMethod() {
		return this.deliveryMethod;
	}

	LocalDate acceptedOn() {
		return this.acceptedOn;
	}

	String acceptanceNote() {
		return this.acceptanceNote;
	}

	Long acceptanceFileId() {
		return this.acceptanceFileId;
	}

	String acceptanceRecordedBy() {
		return this.acceptanceRecordedBy;
	}

}
