package id.pantau.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

import id.pantau.calendar.Deadlines;
import id.pantau.calendar.WorkingDays;
import id.pantau.identity.RegionTime;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.tasks.Steps;

import org.springframework.stereotype.Component;

/**
 * What the dashboard counts of a step that its record does not say: the role that owns it
 * and the stage it belongs to (as the step declares them), its deadline in working days
 * and, once it ended, the working days it took.
 */
@Component
class StepFigures {

	private final Steps steps;

	private final Deadlines deadlines;

	private final WorkingDays workingDays;

	private final RegionTime regionTime;

	StepFigures(Steps steps, Deadlines deadlines, WorkingDays workingDays, RegionTime regionTime) {
		this.steps = steps;
		this.deadlines = deadlines;
		this.workingDays = workingDays;
		this.regionTime = regionTime;
	}

	/** The role offered the step, if the step is declared. */
	String ownerRole(String stepKey) {
		return this.steps.definition(stepKey).map(StepDefinition::group).orElse(null);
	}

	/** The stage of the route the step belongs to, if the step is declared. */
	Optional<RouteStage> stage(String stepKey) {
		return this.steps.definition(stepKey).map(StepDefinition::stage);
	}

	/** The working days its deadline has, for a step with a due time. */
	Integer deadlineDays(String stepKey, Instant dueAt) {
		if (dueAt == null) {
			return null;
		}
		return this.steps.definition(stepKey).map((d) -> this.deadlines.workingDaysFor(d.deadline())).orElse(null);
	}

	/**
	 * The working days from the day the step started to the day it ended, in the region's
	 * zone, counted as deadlines count them (the first day does not count): a step ended
	 * on its first day took 0.
	 */
	Integer workingDaysTaken(String region, Instant createdAt, Instant endedAt) {
		if (endedAt == null || createdAt == null) {
			return null;
		}
		ZoneId zone = (region != null) ? this.regionTime.zoneOf(region) : ZoneId.of("Asia/Jakarta");
		LocalDate day = LocalDate.ofInstant(createdAt, zone);
		LocalDate last = LocalDate.ofInstant(endedAt, zone);
		int days = 0;
		while (day.isBefore(last)) {
			day = day.plusDays(1);
			if (this.workingDays.isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	/**
	 * The stage a case is at: the most advanced stage of its open steps; with none open,
	 * the stage of the step started last; registration for a case without steps.
	 */
	String stageOf(Collection<StepState> caseSteps) {
		RouteStage open = null;
		StepState last = null;
		for (StepState s : caseSteps) {
			RouteStage stage = stage(s.stepKey()).orElse(null);
			if (s.endedAt() == null && stage != null && (open == null || stage.compareTo(open) > 0)) {
				open = stage;
			}
			if (stage != null && (last == null || s.createdAt().isAfter(last.createdAt())
					|| (s.createdAt().equals(last.createdAt()) && s.taskId().compareTo(last.taskId()) > 0))) {
				last = s;
			}
		}
		RouteStage stage = (open != null) ? open
				: (last != null) ? stage(last.stepKey()).orElseThrow() : RouteStage.REGISTRATION;
		return stage.messageName();
	}

	/** One step of a case, as far as its stage goes. */
	record StepState(String taskId, String stepKey, Instant createdAt, Instant endedAt) {
	}

}
