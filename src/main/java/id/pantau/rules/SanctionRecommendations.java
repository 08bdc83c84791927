package id.pantau.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.StepContext;
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
	 * heaviest act wins), as part of the step that reports them: each evaluation is in
	 * the case's timeline with the step, the region and the person completing it.
	 * @param step the step being completed (the report), naming the case and the person
	 * @param proposals the factors Pantau proposed for the case, kept with the
	 * recommendation as where its inputs came from
	 * @throws InvalidInputException (field {@code actsProven}) when no act is given
	 */
	@Transactional
	public Recommendation recommend(StepContext step, Set<Violation> acts, AggravatingFactors factors,
			List<FactorProposal> proposals) {
		AggravatingFactors given = (factors != null) ? factors : AggravatingFactors.NONE;
		Recommendation recommendation = evaluate(step.caseId(), acts, given, step);
		this.stored.save(new StoredRecommendation(step.caseId(), acts, given, proposals, recommendation,
				step.username(), BusinessTime.now()));
		return recommendation;
	}

	/**
	 * Evaluates without recording. A preview shapes nothing: its evaluations are in the
	 * engine's decision history without a case, not in the case's timeline.
	 */
	@Transactional
	public Recommendation preview(long caseId, Set<Violation> acts, AggravatingFactors factors) {
		return evaluate(caseId, acts, factors, null);
	}

	private Recommendation evaluate(long caseId, Set<Violation> acts, AggravatingFactors factors, StepContext step) {
		if (acts == null || acts.isEmpty()) {
			throw new InvalidInputException("actsProven", "report.proven.acts-required");
		}
		CaseSummary found = this.cases.find(caseId).orElseThrow();
		return this.table.evaluate(this.versions.pinnedFor(caseId), acts, found.electionStage(), found.employmentType(),
				(factors != null) ? factors : AggravatingFactors.NONE, step);
	}

	/**
	 * The recommendation recorded last for the case with the acts and factors it was
	 * given, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<RecommendationBasis> latestBasis(long caseId) {
		return this.stored.findFirstByCaseIdOrderByIdDesc(caseId).map(StoredRecommendation::basis);
	}

	/** The recommendation recorded last for the case, if any. */
	@Transactional(readOnly = true)
	public Optional<Recommendation> latest(long caseId) {
		return this.stored.findFirstByCaseIdOrderByIdDesc(caseId).map(StoredRecommendation::recommendation);
	}

}
