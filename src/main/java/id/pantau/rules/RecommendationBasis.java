package id.pantau.rules;

import java.util.List;
import java.util.Set;

import id.pantau.shared.Violation;

/**
 * A recommendation of the sanction table with what it was given: the proven acts and the
 * aggravating factors (the case's stage and the employee's employment type are the case's
 * own).
 *
 * @param acts the proven acts
 * @param factors the aggravating factors given (ticked by the inspector)
 * @param proposals the factors Pantau proposed, with their evidence: each is confirmed
 * when its factor was given
 * @param recommendation what the table recommended
 */
public record RecommendationBasis(Set<Violation> acts, AggravatingFactors factors, List<FactorProposal> proposals,
		Recommendation recommendation) {

	public RecommendationBasis {
		acts = Set.copyOf(acts);
		proposals = List.copyOf(proposals);
	}

	/** The proposals of one factor ({@link FactorProposal#REPEAT_OFFENCE}, ...). */
	public List<FactorProposal> proposalsOf(String factor) {
		return this.proposals.stream().filter((p) -> p.factor().equals(factor)).toList();
	}

}
