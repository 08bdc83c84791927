package id.pantau.rules;

import java.time.LocalDate;

/**
 * An aggravating factor Pantau proposes to the examination report, with its evidence. The
 * inspector confirms it by ticking the factor; the recommendation keeps every proposal it
 * was made with (docs/decisions.md, decision 35).
 *
 * @param factor the factor, named as in {@link AggravatingFactors}:
 * {@value #REPEAT_OFFENCE} or {@value #INTEGRITY_PACT_SIGNED}
 * @param source where it was found
 * @param reference the campaign's id (a pact) or the earlier case's number (a repeat
 * offence)
 * @param label the campaign's title or the earlier case's number, as people read it
 * @param dated the day the pact was signed, or the day the earlier case was received
 * @param documentSha256 the SHA-256 of the campaign's scanned document the proposal rests
 * on; none when the campaign has no scan yet, or for an earlier case
 */
public record FactorProposal(String factor, Source source, String reference, String label, LocalDate dated,
		String documentSha256) {

	/** The factor "repeat offence". */
	public static final String REPEAT_OFFENCE = "repeatOffence";

	/** The factor "signed an integrity pact". */
	public static final String INTEGRITY_PACT_SIGNED = "integrityPactSigned";

	/** Where a proposal was found. */
	public enum Source {

		/**
		 * The pledge registry: the employee's signature of an integrity pact campaign.
		 */
		PLEDGE_REGISTRY,

		/** An earlier case of the same NIP whose violation was proven. */
		EARLIER_CASE

	}

	/** Whether the factors given include the one proposed. */
	public boolean confirmedBy(AggravatingFactors given) {
		return (given != null) && switch (this.factor) {
			case REPEAT_OFFENCE -> given.repeatOffence();
			case INTEGRITY_PACT_SIGNED -> given.integrityPactSigned();
			default -> false;
		};
	}

}
