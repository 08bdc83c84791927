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

/** An objection or administrative appeal against a decision, and its outcome. */
@Entity
@Table(name = "appeal")
class Appeal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	@Enumerated(EnumType.STRING)
	private AppealType appealType;

	private LocalDate filedOn;

	private String grounds;

	private String recordedBy;

	@Enumerated(EnumType.STRING)
	private AppealOutcome outcome;

	@Enumerated(EnumType.STRING)
	private Sanction resultingSanction;

	private String reason;

	private String decidedBy;

	private Instant decidedAt;

	protected Appeal() {
	}

	private Appeal(long caseId, AppealType type, LocalDate filedOn, String grounds, String recordedBy) {
		this.caseId = caseId;
		this.appealType = type;
		this.filedOn = filedOn;
		this.grounds = grounds;
		this.recordedBy = recordedBy;
	}

	/**
	 * The employee's appeal against the decision, filed within the appeal window, of the
	 * kind the decision allows (an administrative appeal against a dismissal, an
	 * objection against any other sanction).
	 */
	static Appeal file(SanctionDecision decision, AppealType type, LocalDate filedOn, String grounds, String recordedBy,
			AppealWindow window) {
		window.admit("filedOn", filedOn, "appeal.out-of-time");
		AppealType allowed = decision.appealAllowed();
		if (type != allowed) {
			throw new InvalidInputException("type", "appeal.type." + allowed.name());
		}
		return new Appeal(decision.caseId(), type, filedOn, grounds.strip(), recordedBy);
	}

	/**
	 * The ruling on the appeal: upheld, revoked, or changed to another sanction that the
	 * employee's employment type allows.
	 * @param current the sanction the appeal is against
	 * @return the sanction after the ruling, null when revoked
	 */
	Sanction decide(AppealOutcome outcome, Sanction changedTo, Sanction current, EmploymentType employment,
			String reason, String username, Instant at) {
		if (this.outcome != null) {
			throw new ConflictException("appeal.decided");
		}
		Sanction resulting = switch (outcome) {
			case UPHELD -> current;
			case REVOKED -> null;
			case CHANGED -> {
				if (changedTo == null || changedTo == current) {
					throw new InvalidInputException("sanction", "appeal.sanction.change-required");
				}
				if (!changedTo.appliesTo(employment)) {
					throw new InvalidInputException("sanction", "sanction.not-applicable", changedTo, employment);
				}
				yield changedTo;
			}
		};
		this.outcome = outcome;
		this.resultingSanction = resulting;
		this.reason = reason.strip();
		this.decidedBy = username;
		this.decidedAt = at;
		return resulting;
	}

	AppealType appealType() {
		return this.appealType;
	}

	LocalDate filedOn() {
		return this.filedOn;
	}

	String grounds() {
		return this.grounds;
	}

	String recordedBy() {
		return this.recordedBy;
	}

	AppealOutcome outcome() {
		return this.outcome;
	}

	Sanction resultingSanction() {
		return this.resultingSanction;
	}

	String reason() {
		return this.reason;
	}

	String decidedBy() {
		return this.decidedBy;
	}

}
