package id.pantau.bulkintake;

/** What the import did with one row of the list. */
public enum Outcome {

	/** Registered as a new case. */
	ACCEPTED,
	/** Registered already, as the case named (uploading a list again creates nothing). */
	UNCHANGED,
	/** Not registered, for the reason given, naming the column at fault. */
	REFUSED

}
