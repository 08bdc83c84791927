package id.pantau.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Stands in for the {@code deadlines} bean: every step is due on its own fixed date, so a
 * model naming the wrong step gets the wrong date, an unknown step fails at once, and so
 * does a model that does not hand over the execution whose case the deadline counts for.
 */
public class FakeDeadlines {

	/** The steps the models may name, in the order of their fake due dates. */
	public static final List<String> STEPS = List.of("verify-case", "await-completion", "assign-team", "issue-summons",
			"record-attendance", "examine-employee", "write-report", "review-report", "issue-not-proven-notice",
			"draft-decision", "decide-sanction", "deliver-decision", "record-appeal", "decide-objection",
			"record-appeal-ruling", "report-follow-up");

	private static final Instant BASE = Instant.parse("2030-01-07T01:00:00Z");

	/** The model's call: the step's fake due date, for an execution of a case. */
	public Date dueFor(String step, VariableScope execution) {
		requireCase(execution);
		return dueOf(step);
	}

	/** A step escalates 100 days after its fake due date. */
	public Date escalationFor(String step, VariableScope execution) {
		requireCase(execution);
		return escalationOf(step);
	}

	/** The fake due date of a step, for assertions. */
	public Date dueOf(String step) {
		int index = STEPS.indexOf(step);
		if (index < 0) {
			throw new IllegalArgumentException("No deadline for step '" + step + "'");
		}
		return Date.from(BASE.plus(Duration.ofDays(index + 1L)));
	}

	/** The fake escalation date of a step, for assertions. */
	public Date escalationOf(String step) {
		return Date.from(dueOf(step).toInstant().plus(Duration.ofDays(100)));
	}

	private static void requireCase(VariableScope execution) {
		if (execution == null || execution.getVariable(Variables.CASE_ID) == null
				|| execution.getVariable(Variables.REGION) == null) {
			throw new IllegalArgumentException("A deadline counts for the execution of a case (caseId, region)");
		}
	}

}
