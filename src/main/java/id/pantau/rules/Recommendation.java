package id.pantau.rules;

import java.util.List;

import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;

/**
 * The sanction the table recommends for the proven acts of a case (the heaviest act
 * wins).
 *
 * @param kind MORAL (ethics, PP 42/2004) or DISCIPLINE (PP 94/2021)
 * @param level the level of the sanction
 * @param candidateSanctions the sanctions of that level the PPK may choose from
 * @param legalBasis the legal basis as text
 * @param tableVersion the version of the decision table that gave it
 */
public record Recommendation(String kind, SanctionLevel level, List<Sanction> candidateSanctions, String legalBasis,
		int tableVersion) {

	public Recommendation {
		candidateSanctions = List.copyOf(candidateSanctions);
	}

	/**
	 * Whether deciding {@code sanction} follows the recommendation (null: no sanction).
	 */
	public boolean followedBy(Sanction sanction) {
		return sanction != null && this.candidateSanctions.contains(sanction);
	}

}
