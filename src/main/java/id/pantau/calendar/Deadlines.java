package id.pantau.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;

import id.pantau.calendar.DeadlineStart.Start;
import id.pantau.identity.RegionTime;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.TaskStep;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the case route, used by the process models as
 * {@code ${deadlines.dueFor('step', execution)}} for task due dates and timers alike, and
 * by the steps that refuse what comes too late. A deadline counts its working days from
 * the step's legal date on record ({@link DeadlineStart}), else from the day its task
 * appears, and ends at the end of its last day in the case region's own zone.
 */
@Component("deadlines")
public class Deadlines {

	/** A deadline falls at the end of its day, in the region's zone. */
	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final CalendarProperties properties;

	private final WorkingDays workingDays;

	private final RegionTime regionTime;

	private final ObjectProvider<DeadlineStart> starts;

	private final ObjectProvider<TaskStep<?>> steps;

	Deadlines(CalendarProperties properties, WorkingDays workingDays, RegionTime regionTime,
			ObjectProvider<DeadlineStart> starts, ObjectProvider<TaskStep<?>> steps) {
		this.properties = properties;
		this.workingDays = workingDays;
		this.regionTime = regionTime;
		this.starts = starts;
		this.steps = steps;
	}

	/**
	 * The due date of a step of the execution's case (variables {@code caseId} and
	 * {@code region}): the end of its last day in the region's zone.
	 * @throws IllegalArgumentException for a step that has no configured deadline
	 */
	public Date dueFor(String step, VariableScope execution) {
		String region = region(execution);
		return Date.from(endOf(lastDay(step, caseId(execution), region), region));
	}

	/**
	 * When an overdue step of the execution's case escalates to the next level: the
	 * configured grace period in working days after its due date.
	 */
	public Date escalationFor(String step, VariableScope execution) {
		String region = region(execution);
		LocalDate due = lastDay(step, caseId(execution), region);
		return Date.from(endOf(this.workingDays.add(due, this.properties.escalationGrace()), region));
	}

	/**
	 * The last day of a step of a case, counted from its legal date on record (else from
	 * today in the region): what the due date shows and what a refusal names.
	 */
	public LocalDate lastDay(String step, long caseId, String region) {
		int days = workingDaysFor(step);
		Start start = startOf(step, caseId).orElseGet(() -> Start.on(this.regionTime.today(region)));
		return this.workingDays.add(start.from(), (start.rule() != null) ? workingDaysFor(start.rule()) : days);
	}

	/** The moment a deadline on the given day ends: 23:59:59 in the region's zone. */
	public Instant endOf(LocalDate day, String region) {
		return day.atTime(END_OF_DAY).atZone(this.regionTime.zoneOf(region)).toInstant();
	}

	/**
	 * The number of working days configured for a deadline, else the default its step
	 * declares. A former name (still in the model versions of running instances) counts
	 * as the deadline that took its place.
	 */
	public int workingDaysFor(String step) {
		Integer days = this.properties.deadlines().get(step);
		if (days == null && CalendarProperties.FORMER_NAMES.containsKey(step)) {
			return workingDaysFor(CalendarProperties.FORMER_NAMES.get(step).get(0));
		}
		if (days == null && this.steps != null) {
			days = this.steps.stream()
				.map(TaskStep::definition)
				.filter((d) -> d.deadline().equals(step))
				.map(StepDefinition::workingDays)
				.findFirst()
				.orElse(null);
		}
		if (days == null) {
			throw new IllegalArgumentException("No deadline configured for step '" + step + "'");
		}
		return days;
	}

	/**
	 * The day {@code step}'s working days after {@code from}: the earliest day something
	 * may happen (a hearing after its summons) or the last day it may (a filing after the
	 * delivery).
	 */
	public LocalDate workingDaysAfter(LocalDate from, String step) {
		return this.workingDays.add(from, workingDaysFor(step));
	}

	private Optional<Start> startOf(String step, long caseId) {
		return this.starts.orderedStream().map((s) -> s.startOf(step, caseId)).flatMap(Optional::stream).findFirst();
	}

	private static long caseId(VariableScope execution) {
		Object caseId = execution.getVariable(Variables.CASE_ID);
		if (!(caseId instanceof Number number)) {
			throw new IllegalStateException("No case id in the process to count a deadline for");
		}
		return number.longValue();
	}

	private static String region(VariableScope execution) {
		Object region = execution.getVariable(Variables.REGION);
		if (region == null) {
			throw new IllegalStateException("No region in the process to count a deadline in");
		}
		return region.toString();
	}

}
