package id.pantau.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pantau.intake.CaseView;
import id.pantau.intake.ClosureReason;
import id.pantau.intake.CurrentStep;

/**
 * A case's progress at a glance: the eight stages of the route, each done, current (with
 * its open steps: who owns them and by when) or still ahead; a case closed early shows
 * the stages it never reached as such.
 */
final class Stages {

	/** The stages in route order, by their message key {@code web.stage.<name>}. */
	static final List<String> NAMES = List.of("registration", "verification", "examination", "report", "decision",
			"delivery", "appeal", "follow-up");

	private static final Map<String, Integer> STAGE_OF_STEP = Map.ofEntries(Map.entry("Task_VerifyCase", 1),
			Map.entry("Task_AwaitCompletion", 1), Map.entry("Task_AssignTeam", 2), Map.entry("Task_IssueSummons", 2),
			Map.entry("Task_RecordAttendance", 2), Map.entry("Task_ExamineEmployee", 2),
			Map.entry("Task_WriteReport", 3), Map.entry("Task_ReviewReport", 3), Map.entry("Task_DraftDecision", 4),
			Map.entry("Task_DecideSanction", 4), Map.entry("Task_IssueNotProvenNotice", 4),
			Map.entry("Task_DeliverDecision", 5), Map.entry("Task_RecordAppeal", 6), Map.entry("Task_DecideAppeal", 6),
			Map.entry("Task_DecideObjection", 6), Map.entry("Task_RecordAppealRuling", 6),
			Map.entry("Task_ReportFollowUp", 7));

	private Stages() {
	}

	/**
	 * One stage.
	 *
	 * @param name its message key's last part
	 * @param state {@code done}, {@code current}, {@code ahead} or {@code skipped} (a
	 * closed case never reached it)
	 * @param steps the open steps of a current stage
	 */
	public record Stage(String name, String state, List<CurrentStep> steps) {

		public boolean current() {
			return "current".equals(this.state);
		}

	}

	static List<Stage> of(CaseView c) {
		int current = -1;
		for (CurrentStep step : c.currentSteps()) {
			current = Math.max(current, STAGE_OF_STEP.getOrDefault(step.stepKey(), -1));
		}
		int lastDone = (current >= 0) ? current - 1 : lastReached(c);
		List<Stage> stages = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			int index = i;
			String state = (i <= lastDone) ? "done"
					: (i == current) ? "current" : ("CLOSED".equals(c.status()) ? "skipped" : "ahead");
			List<CurrentStep> steps = (i == current) ? c.currentSteps()
				.stream()
				.filter((s) -> STAGE_OF_STEP.getOrDefault(s.stepKey(), -1) == index)
				.toList() : List.of();
			stages.add(new Stage(NAMES.get(i), state, steps));
		}
		return stages;
	}

	/** The last stage a case without open steps went through. */
	private static int lastReached(CaseView c) {
		if (!"CLOSED".equals(c.status())) {
			return 0;
		}
		ClosureReason reason = c.closureReason();
		if (reason == null) {
			return 0;
		}
		return switch (reason) {
			case COMPLETED -> NAMES.size() - 1;
			case NOT_PROVEN -> 4;
			case NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE -> 1;
			default -> 0;
		};
	}

}
