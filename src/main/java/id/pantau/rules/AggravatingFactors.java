package id.pantau.rules;

/**
 * Circumstances that make the recommended sanction heavier.
 *
 * @param repeatOffence the employee was sanctioned for a neutrality violation before
 * @param seniorPosition the employee holds a leading (structural) position
 * @param integrityPactSigned the employee signed the integrity pact of this election
 */
public record AggravatingFactors(boolean repeatOffence, boolean seniorPosition, boolean integrityPactSigned) {

	public static final AggravatingFactors NONE = new AggravatingFactors(false, false, false);

}
