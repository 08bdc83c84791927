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

	Appeal(long caseId, AppealType type, LocalDate filedOn, String grounds, String recordedBy) {
		this.caseId = caseId;
		this.appealType = type;
		this.filedOn = filedOn;
		this.grounds = grounds;
		this.recordedBy = recordedBy;
	}

	void decide(AppealOutcome outcome, Sanction resulting, String reason, String username, Instant at) {
		if (this.outcome != null) {
			throw new ConflictException("appeal.decided");
		}
		this.outcome = outcome;
		this.resultingSanction = resulting;
		this.reason = reason;
		this.decidedBy = username;
		this.decidedAt = at;
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
