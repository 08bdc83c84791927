package id.pantau.intake;

/** Kind of position the reported employee holds. */
public enum PositionType {

	STRUCTURAL, FUNCTIONAL, EXECUTOR

}
