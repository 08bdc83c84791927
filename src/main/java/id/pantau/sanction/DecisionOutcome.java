package id.pantau.sanction;

/** What the PPK decides on the drafted sanction. */
enum DecisionOutcome {

	APPROVE, CHANGE, REJECT

}
