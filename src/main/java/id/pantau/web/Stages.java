package id.pantau.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import id.pantau.shared.RouteStage;
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
	static final List<String> NAMES = java.util.Arrays.stream(RouteStage.values())
		.map(RouteStage::messageName)
		.toList();

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

	/**
	 * The stages of a case.
	 * @param stageOf the stage of a step, as the step declares it ({@code tasks.Steps})
	 */
	static List<Stage> of(CaseView c, Function<String, Optional<RouteStage>> stageOf) {
		ToIntFunction<String> indexOf = (key) -> stageOf.apply(key).map(Enum::ordinal).orElse(-1);
		int current = -1;
		for (CurrentStep step : c.currentSteps()) {
			current = Math.max(current, indexOf.applyAsInt(step.stepKey()));
		}
		int lastDone = (current >= 0) ? current - 1 : lastReached(c);
		List<Stage> stages = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			int index = i;
			String state = (i <= lastDone) ? "done"
					: (i == current) ? "current" : ("CLOSED".equals(c.status()) ? "skipped" : "ahead");
			List<CurrentStep> steps = (i == current)
					? c.currentSteps().stream().filter((s) -> indexOf.applyAsInt(s.stepKey()) == index).toList()
					: List.of();
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
			case NOT_PROVEN -> RouteStage.DECISION.ordinal();
			case NOT_OUR_AUTHORITY, EMPLOYEE_LEFT_SERVICE, INCOMPLETE -> RouteStage.VERIFICATION.ordinal();
			default -> 0;
		};
	}

}
