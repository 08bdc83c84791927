package id.pantau.rules;

import java.util.Optional;
import java.util.Set;

import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Violation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanction the decision table recommends for a case: evaluated with the table version
 * the case keeps, from its stage, the employee's employment type, the proven acts and the
 * aggravating factors.
 */
@Component
public class SanctionRecommendations {

	private final SanctionTable table;

	private final TableVersions versions;

	private final StoredRecommendations stored;

	private final CaseDirectory cases;

	SanctionRecommendations(SanctionTable table, TableVersions versions, StoredRecommendations stored,
			CaseDirectory cases) {
		this.table = table;
		this.versions = versions;
		this.stored = stored;
		this.cases = cases;
	}

	/**
	 * Evaluates and records the recommendation for the proven acts of a case (the
	 * heaviest act wins).
	 * @throws InvalidInputException (field {@code actsProven}) when no act is given
	 */
	@Transactional
	public Recommendation recommend(long caseId, Set<Violation> acts, AggravatingFactors factors, String username) {
		AggravatingFactors given = (factors != null) ? factors : AggravatingFactors.NONE;
		Recommendation recommendation = preview(caseId, acts, given);
		this.stored.save(new StoredRecommendation(caseId, acts, given, recommendation, username, BusinessTime.now()));
		return recommendation;
	}

	/** Evaluates without recording (the evaluation is still in the engine's history). */
	@Transactional
	public Recommendation preview(long caseId, Set<Violation> acts, AggravatingFactors factors) {
		if (acts == null || acts.isEmpty()) {
			throw new InvalidInputException("actsProven", "report.proven.acts-required");
		}
		CaseSummary found = this.cases.find(caseId).orElseThrow();
		return this.table.evaluate(this.versions.pinnedFor(caseId), acts, found.electionStage(), found.employmentType(),
				(factors != null) ? factors : AggravatingFactors.NONE);
	}

	/** The recommendation recorded last for the case, if any. */
	@Transactional(readOnly = true)
	public Optional<Recommendation> latest(long caseId) {
		return this.stored.findFirstByCaseIdOrderByIdDesc(caseId).map(StoredRecommendation::recommendation);
	}

}
