package id.pantau.tasks;

/**
 * Which tasks a list shows: mine (assigned to me), my groups' queue, or overdue ones of
 * either.
 */
public enum TaskView {

	mine, group, overdue

}
