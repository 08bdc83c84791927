package id.pantau.rules;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The version of the sanction table a case keeps from its start. */
@Entity
@Table(name = "case_rule_version")
class CaseTableVersion {

	@Id
	private Long caseId;

	private String decisionKey;

	private int tableVersion;

	private Instant pinnedAt;

	protected CaseTableVersion() {
	}

	CaseTableVersion(long caseId, String decisionKey, int tableVersion, Instant pinnedAt) {
		this.caseId = caseId;
		this.decisionKey = decisionKey;
		this.tableVersion = tableVersion;
		this.pinnedAt = pinnedAt;
	}

	int tableVersion() {
		return this.tableVersion;
	}

}
