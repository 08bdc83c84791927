package id.pantau.intake;

/**
 * A step of a case started, changed its deadline or ended: the step record's row as it is
 * now, published in the engine's transaction so that read models kept by other modules
 * (oversight) change with it or not at all.
 */
public record StepRecorded(StepTime step) {
}
