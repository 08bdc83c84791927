package id.pantau.investigation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.springframework.util.StringUtils;

/** The examination report (LHP), one row per revision, with the Inspektur's review. */
@Entity
@Table(name = "examination_report")
class ExaminationReport {

	enum Review {

		APPROVED, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private int revision;

	private boolean proven;

	private boolean evidenceOnly;

	private String findings;

	private String legalBasis;

	@Enumerated(EnumType.STRING)
	private Sanction recommendedSanction;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "examination_report_act", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "violation_code")
	@Enumerated(EnumType.STRING)
	private Set<Violation> actsProven = EnumSet.noneOf(Violation.class);

	private String writtenBy;

	private Instant writtenAt;

	@Enumerated(EnumType.STRING)
	private Review reviewOutcome;

	private String reviewRemarks;

	private String reviewedBy;

	private Instant reviewedAt;

	protected ExaminationReport() {
	}

	/**
	 * The inspectors' report (LHP), revision after revision. A proven case names the acts
	 * proven, the legal basis and a sanction the employee's employment type allows; a
	 * case not proven names no act and no sanction.
	 * @param evidenceOnly whether the employee missed both hearings (decided on evidence)
	 */
	static ExaminationReport write(long caseId, int revision, Finding finding, EmploymentType employment,
			boolean evidenceOnly, String writtenBy, Instant writtenAt) {
		if (finding.proven()) {
			if (finding.actsProven().isEmpty()) {
				throw new InvalidInputException("actsProven", "report.proven.acts-required");
			}
			if (!StringUtils.hasText(finding.legalBasis())) {
				throw new InvalidInputException("legalBasis", "report.proven.legal-basis-required");
			}
			if (finding.recommendedSanction() == null) {
				throw new InvalidInputException("recommendedSanction", "report.proven.sanction-required");
			}
			if (!finding.recommendedSanction().appliesTo(employment)) {
				throw new InvalidInputException("recommendedSanction", "sanction.not-applicable",
						finding.recommendedSanction(), employment);
			}
		}
		else if (!finding.actsProven().isEmpty() || finding.recommendedSanction() != null) {
			throw new InvalidInputException("actsProven", "report.not-proven.no-acts");
		}
		return new ExaminationReport(caseId, revision, new Finding(finding.proven(), finding.actsProven(),
				finding.findings().strip(), finding.legalBasis(), finding.recommendedSanction()), evidenceOnly,
				writtenBy, writtenAt);
	}

	ExaminationReport(long caseId, int revision, Finding finding, boolean evidenceOnly, String writtenBy,
			Instant writtenAt) {
		this.caseId = caseId;
		this.revision = revision;
		this.proven = finding.proven();
		this.actsProven = finding.actsProven().isEmpty() ? EnumSet.noneOf(Violation.class)
				: EnumSet.copyOf(finding.actsProven());
		this.findings = finding.findings();
		this.legalBasis = finding.legalBasis();
		this.recommendedSanction = finding.recommendedSanction();
		this.evidenceOnly = evidenceOnly;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
	}

	/** What the inspectors found. */
	record Finding(boolean proven, Set<Violation> actsProven, String findings, String legalBasis,
			Sanction recommendedSanction) {
	}

	void approve(String username, String remarks, Instant at) {
		review(Review.APPROVED, username, remarks, at);
	}

	/** The Inspektur returns the report to the team, saying what to revise. */
	void returnForRevision(String username, String remarks, Instant at) {
		if (!StringUtils.hasText(remarks)) {
			throw new InvalidInputException("remarks", "review.remarks.required");
		}
		review(Review.RETURNED, username, remarks, at);
	}

	private void review(Review outcome, String username, String remarks, Instant at) {
		if (this.reviewOutcome != null) {
			throw new ConflictException("report.reviewed", this.revision);
		}
		this.reviewOutcome = outcome;
		this.reviewRemarks = remarks;
		this.reviewedBy = username;
		this.reviewedAt = at;
	}

	long caseId() {
		return this.caseId;
	}

	int revision() {
		return this.revision;
	}

	boolean proven() {
		return this.proven;
	}

	boolean evidenceOnly() {
		return this.evidenceOnly;
	}

	String findings() {
		return this.findings;
	}

	String legalBasis() {
		return this.legalBasis;
	}

	Sanction recommendedSanction() {
		return this.recommendedSanction;
	}

	Set<Violation> actsProven() {
		return Set.copyOf(this.actsProven);
	}

	String writtenBy() {
		return this.writtenBy;
	}

	Instant writtenAt() {
		return this.writtenAt;
	}

	Review reviewOutcome() {
		return this.reviewOutcome;
	}

	String reviewRemarks() {
		return this.reviewRemarks;
	}

	String reviewedBy() {
		return this.reviewedBy;
	}

}
