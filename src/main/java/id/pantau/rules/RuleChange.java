package id.pantau.rules;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change an administrator made to the rules: who, when, what, which version. */
@Entity
@Table(name = "rule_change")
class RuleChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String subject;

	private String action;

	private String version;

	private String detail;

	private String changedBy;

	private Instant changedAt;

	protected RuleChange() {
	}

	RuleChange(String subject, String action, String version, String detail, String changedBy, Instant changedAt) {
		this.subject = subject;
		this.action = action;
		this.version = version;
		this.detail = detail;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	View view() {
		return new View(this.id, this.subject, this.action, this.version, this.detail, this.changedBy, this.changedAt);
	}

	/** A change as the API shows it. */
	record View(long ruleChangeId, String subject, String action, String version, String detail, String changedBy,
			Instant changedAt) {
	}

}
