package id.pantau.pledges;

/** What an import did with one row. */
enum RowOutcome {

	/** Recorded as new. */
	ACCEPTED,
	/** An existing unit whose headcount the row changed. */
	UPDATED,
	/** Already recorded as the row says (a file imported again changes nothing). */
	UNCHANGED,
	/** Not recorded, for the reason given. */
	REFUSED

}
