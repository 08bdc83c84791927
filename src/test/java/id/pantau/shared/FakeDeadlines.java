package id.pantau.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Stands in for the {@code deadlines} bean: every step is due on its own fixed date, so a
 * model naming the wrong step gets the wrong date, and an unknown step fails at once.
 */
public class FakeDeadlines {

	/** The steps the models may name, in the order of their fake due dates. */
	public static final List<String> STEPS = List.of("verify-case", "await-completion", "assign-team", "issue-summons",
			"record-attendance", "examine-employee", "write-report", "review-report", "issue-not-proven-notice",
			"draft-decision", "decide-sanction", "deliver-decision", "appeal-window", "decide-appeal",
			"report-follow-up");

	private static final Instant BASE = Instant.parse("2030-01-07T01:00:00Z");

	public Date dueFor(String step) {
		int index = STEPS.indexOf(step);
		if (index < 0) {
			throw new IllegalArgumentException("No deadline for step '" + step + "'");
		}
		return Date.from(BASE.plus(Duration.ofDays(index + 1L)));
	}

	/** A step escalates 100 days after its fake due date. */
	public Date escalationFor(String step) {
		return Date.from(dueFor(step).toInstant().plus(Duration.ofDays(100)));
	}

}
