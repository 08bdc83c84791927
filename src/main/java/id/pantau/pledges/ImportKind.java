package id.pantau.pledges;

/** What an imported spreadsheet holds. */
public enum ImportKind {

	/** Units (OPD) of a region with their headcount. */
	UNITS,
	/** Signatories of one campaign. */
	SIGNATORIES

}
