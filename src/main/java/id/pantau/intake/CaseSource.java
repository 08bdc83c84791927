package id.pantau.intake;

/** Where a case comes from. */
public enum CaseSource {

	BKN_RECOMMENDATION, BAWASLU_FINDING, BAWASLU_REPORT, PUBLIC_COMPLAINT, INTERNAL_FINDING

}
