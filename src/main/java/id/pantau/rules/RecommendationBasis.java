package id.pantau.rules;

import java.util.Set;

import id.pantau.shared.Violation;

/**
 * A recommendation of the sanction table with what it was given: the proven acts and the
 * aggravating factors (the case's stage and the employee's employment type are the case's
 * own).
 *
 * @param acts the proven acts
 * @param factors the aggravating factors
 * @param recommendation what the table recommended
 */
public record RecommendationBasis(Set<Violation> acts, AggravatingFactors factors, Recommendation recommendation) {

	public RecommendationBasis {
		acts = Set.copyOf(acts);
	}

}
