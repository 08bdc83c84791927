package id.pantau.pledges;

/** What was signed or pledged in a campaign. */
public enum PledgeKind {

	/** Pakta integritas, signed by officials. */
	INTEGRITY_PACT,
	/** Ikrar netralitas, read (and often signed) by all staff at an apel. */
	NEUTRALITY_PLEDGE,
	/** Surat pernyataan netralitas, a written declaration signed one by one. */
	DECLARATION

}
