package id.pantau.sanction;

import java.time.Instant;
import java.time.LocalDate;

import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Sanction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.util.StringUtils;

/**
 * The decision letter (SK) of a case: drafted by HR, decided by the PPK, delivered by HR,
 * accepted or appealed by the employee. It keeps the rules of each of these acts; the
 * steps read a payload, gather the facts the rules need and call it.
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

	private SanctionDecision(long caseId, String draftNumber, Sanction proposed, Sanction recommended, String draftedBy,
			Instant draftedAt) {
		this.caseId = caseId;
		this.draftNumber = draftNumber;
		this.proposedSanction = proposed;
		this.recommendedSanction = recommended;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
	}

	/**
	 * HR's draft of the decision letter, proposing a sanction that the law allows for the
	 * employee's kind of employment.
	 * @param recommended the sanction the approved report recommends
	 * @throws InvalidInputException (proposedSanction) for a sanction his employment type
	 * cannot receive
	 */
	static SanctionDecision draft(long caseId, String draftNumber, Sanction proposed, EmploymentType employment,
			Sanction recommended, String draftedBy, Instant draftedAt) {
		if (!proposed.appliesTo(employment)) {
			throw new InvalidInputException("proposedSanction", "sanction.not-applicable", proposed, employment);
		}
		return new SanctionDecision(caseId, draftNumber.strip(), proposed, recommended, draftedBy, draftedAt);
	}

	/**
	 * The PPK's decision: approve the drafted sanction, change it or reject the draft.
	 * <ul>
	 * <li>it is decided once;</li>
	 * <li>the decision date lies between the report's receipt and the region's
	 * today;</li>
	 * <li>a change or a rejection gives its reason, an approval or a change its decree
	 * number;</li>
	 * <li>a change names another sanction, one the employee's employment type
	 * allows;</li>
	 * <li>a sanction outside the sanction table's recommendation gives the reason for the
	 * deviation.</li>
	 * </ul>
	 * @return the sanction decided, null for a rejection
	 */
	Sanction decide(PpkDecision decision, DecisionFacts facts, String username, Instant at) {
		if (this.outcome != null) {
			throw new ConflictException("decision.decided");
		}
		if (decision.decidedOn().isAfter(facts.today())) {
			throw new InvalidInputException("decidedOn", "date.future");
		}
		if (decision.decidedOn().isBefore(facts.receivedOn())) {
			throw new InvalidInputException("decidedOn", "date.not-before-registration", facts.receivedOn());
		}
		if (decision.outcome() != DecisionOutcome.APPROVE && !StringUtils.hasText(decision.reason())) {
			throw new InvalidInputException("reason", "decision.reason.required");
		}
		if (decision.outcome() != DecisionOutcome.REJECT && !StringUtils.hasText(decision.decreeNumber())) {
			throw new InvalidInputException("decreeNumber", "decision.decree-number.required");
		}
		Sanction sanction = switch (decision.outcome()) {
			case APPROVE -> this.proposedSanction;
			case REJECT -> null;
			case CHANGE -> changedTo(decision.sanction(), facts.employment());
		};
		facts.recommendation().ifPresent((recommendation) -> {
			boolean followed = recommendation.followedBy(sanction);
			if (!followed && !StringUtils.hasText(decision.deviationReason())) {
				throw new InvalidInputException("deviationReason", "decision.deviation-reason.required",
						recommendation.candidateSanctions());
			}
			this.recommendationFollowed = followed;
			this.deviationReason = followed ? null : decision.deviationReason().strip();
		});
		this.outcome = decision.outcome();
		this.finalSanction = sanction;
		this.reason = decision.reason();
		this.decreeNumber = decision.decreeNumber();
		this.decidedOn = decision.decidedOn();
		this.decidedBy = username;
		this.decidedAt = at;
		this.deviated = (sanction != this.recommendedSanction);
		return sanction;
	}

	private Sanction changedTo(Sanction sanction, EmploymentType employment) {
		if (sanction == null || sanction == this.proposedSanction) {
			throw new InvalidInputException("sanction", "decision.sanction.change-required");
		}
		if (!sanction.appliesTo(employment)) {
			throw new InvalidInputException("sanction", "sanction.not-applicable", sanction, employment);
		}
		return sanction;
	}

	/**
	 * HR delivered the signed decision to the employee, on a day between its signature
	 * and the region's today.
	 */
	void recordDelivery(LocalDate deliveredOn, DeliveryMethod method, String username, LocalDate today) {
		if (this.outcome == null) {
			throw new ConflictException("decision.not-decided");
		}
		if (this.deliveredOn != null) {
			throw new ConflictException("decision.delivered");
		}
		if (deliveredOn.isBefore(this.decidedOn) || deliveredOn.isAfter(today)) {
			throw new InvalidInputException("deliveredOn", "delivery.date", this.decidedOn);
		}
		this.deliveredOn = deliveredOn;
		this.deliveryMethod = method;
		this.deliveredBy = username;
	}

	/**
	 * The employee's written statement that he accepts the decision without appeal, given
	 * within the appeal window.
	 * @param fileId the scanned statement, if any, which must be among the case's
	 * documents
	 * @param fileOnRecord whether the case's documents hold that file
	 */
	void recordAcceptance(LocalDate acceptedOn, String note, Long fileId, boolean fileOnRecord, String username,
			AppealWindow window) {
		if (this.acceptedOn != null) {
			throw new ConflictException("decision.accepted");
		}
		window.admit("acceptedOn", acceptedOn, "appeal.window-closed");
		if (fileId != null && !fileOnRecord) {
			throw new InvalidInputException("statementFileId", "appeal.statement.unknown", fileId);
		}
		this.acceptedOn = acceptedOn;
		this.acceptanceNote = note.strip();
		this.acceptanceFileId = fileId;
		this.acceptanceRecordedBy = username;
	}

	/**
	 * The appeal the employee may file against this decision: an administrative appeal
	 * against a dismissal, an objection against any other sanction.
	 */
	AppealType appealAllowed() {
		return (this.finalSanction != null && this.finalSanction.isDismissal()) ? AppealType.ADMINISTRATIVE_APPEAL
				: AppealType.OBJECTION;
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

	/**
	 * The date of the follow-up report to BKN and Bawaslu lies between the decision and
	 * the region's today.
	 */
	void checkFollowUpDate(LocalDate reportedOn, LocalDate today) {
		if (this.outcome == null) {
			throw new ConflictException("decision.not-decided");
		}
		if (reportedOn.isBefore(this.decidedOn) || reportedOn.isAfter(today)) {
			throw new InvalidInputException("reportedOn", "follow-up.date", this.decidedOn);
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
