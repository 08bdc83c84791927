package id.pantau.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The date on record that a step's deadline counts from by law (the report received, the
 * decision signed, the decision delivered, ...), answered by the module that records it.
 * {@link Deadlines} asks every implementation; a step none of them answers counts from
 * the day its task appears (the previous step's completion, which is its legal date).
 */
public interface DeadlineStart {

	/**
	 * Where the deadline of a step of a case starts, if this module records it.
	 * @param step the step's deadline key, e.g. {@code record-appeal}
	 * @param caseId the case
	 */
	Optional<Start> startOf(String step, long caseId);

	/**
	 * A deadline's start.
	 *
	 * @param from the date on record; the deadline is {@code rule}'s working days after
	 * it
	 * @param rule the deadline key whose working days apply (usually the step itself; the
	 * second summons has its own)
	 */
	record Start(LocalDate from, String rule) {

		/** Counted with the step's own working days. */
		public static Start on(LocalDate date) {
			return new Start(date, null);
		}

		/** Counted with another rule's working days. */
		public static Start on(LocalDate date, String rule) {
			return new Start(date, rule);
		}

	}

}
