package id.pantau.intake;

/** Before candidates are fixed (bakal calon: ethics) or after (calon: discipline). */
public enum ElectionStage {

	BEFORE_CANDIDACY, CANDIDACY

}
