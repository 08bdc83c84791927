package id.pantau.oversight;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import id.pantau.intake.CaseClosed;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseNumberAssigned;
import id.pantau.intake.CaseRegistered;
import id.pantau.intake.CaseView;
import id.pantau.intake.StepRecorded;
import id.pantau.intake.StepTime;
import id.pantau.investigation.Investigations;
import id.pantau.investigation.ReportApproved;
import id.pantau.pledges.PledgeRegistry;
import id.pantau.pledges.SignatoriesRecorded;
import id.pantau.sanction.DecisionRecords;
import id.pantau.sanction.SanctionDecided;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.Violation;
import id.pantau.tasks.TaskCompleted;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps oversight's read model ({@code oversight_case}, {@code oversight_step}) in step
 * with the facts the owning modules publish. Each listener runs in the transaction that
 * published the event, so the read model changes with the facts or not at all: it cannot
 * lag behind them, nor hold a fact that was rolled back (decision 33). What an event does
 * not carry is read through the owner's API, never from its tables.
 */
@Component
class OversightRecords {

	private final JdbcClient jdbc;

	private final CaseDirectory cases;

	private final Investigations investigations;

	private final DecisionRecords decisions;

	private final PledgeRegistry pledges;

	private final StepFigures figures;

	OversightRecords(JdbcClient jdbc, CaseDirectory cases, Investigations investigations, DecisionRecords decisions,
			PledgeRegistry pledges, StepFigures figures) {
		this.jdbc = jdbc;
		this.pledges = pledges;
		this.figures = figures;
		this.cases = cases;
		this.investigations = investigations;
		this.decisions = decisions;
	}

	@EventListener
	void on(CaseRegistered registered) {
		CaseView c = this.cases.record(registered.caseId())
			.orElseThrow(() -> new IllegalStateException("Registered case " + registered.caseId() + " not found"));
		this.jdbc.sql("""
				insert into oversight_case (case_id, case_number, region_code, status, closure_reason, source,
				    reference_number, employee_nip, employee_name, received_on, registered_at, employee_unit,
				    election_type, election_year, pact_signed)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(registered.caseId(), registered.caseNumber(), registered.region(), c.status(),
					name(c.closureReason()), name(c.source()), c.referenceNumber(), c.employee().nip(),
					c.employee().name(), c.receivedOn(), utc(c.registeredAt()), c.employee().unit(),
					name(c.election().type()), c.election().year(),
					this.pledges.signedIntegrityPact(c.employee().nip()))
			.update();
		for (Violation act : c.allegedActs()) {
			this.jdbc.sql("""
					insert into oversight_case_act (case_id, violation_code, region_code, received_on, election_type,
					    election_year) values (?, ?, ?, ?, ?, ?)""")
				.params(registered.caseId(), act.name(), registered.region(), c.receivedOn(), name(c.election().type()),
						c.election().year())
				.update();
		}
		this.jdbc.sql(
				"update oversight_step set received_on = ?, election_type = ?, election_year = ? where case_number = ?")
			.params(c.receivedOn(), name(c.election().type()), c.election().year(), registered.caseNumber())
			.update();
		refreshStage(registered.caseNumber());
	}

	/** The steps recorded under a provisional number take the case's number with it. */
	@EventListener
	void on(CaseNumberAssigned assigned) {
		this.jdbc.sql("update oversight_step set case_number = ? where case_number = ?")
			.params(assigned.caseNumber(), assigned.provisionalNumber())
			.update();
		refreshStage(assigned.caseNumber());
	}

	/**
	 * Signatories newly recorded: the cases about them that did not know of an integrity
	 * pact ask the registry again (the campaign may be of another kind).
	 */
	@EventListener
	void on(SignatoriesRecorded recorded) {
		List<String> nips = this.jdbc
			.sql("select distinct employee_nip from oversight_case where pact_signed = false "
					+ "and employee_nip in (:nips)")
			.param("nips", recorded.nips())
			.query(String.class)
			.list();
		for (String nip : nips) {
			if (this.pledges.signedIntegrityPact(nip)) {
				this.jdbc.sql("update oversight_case set pact_signed = true where employee_nip = ?")
					.param(nip)
					.update();
			}
		}
	}

	@EventListener
	void on(CaseClosed closed) {
		this.jdbc.sql("update oversight_case set status = 'CLOSED', closure_reason = ? where case_id = ?")
			.params(closed.reason(), closed.caseId())
			.update();
	}

	/**
	 * The acts proven, or none (null, as the migration's fill has it) for a report not
	 * proven.
	 */
	@EventListener
	void on(ReportApproved approved) {
		String acts = this.investigations.approvedReport(approved.caseId())
			.map((r) -> r.actsProven().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))
			.filter((joined) -> !joined.isEmpty())
			.orElse(null);
		this.jdbc.sql("update oversight_case set proven = ?, acts_proven = ? where case_id = ?")
			.params(approved.proven(), acts, approved.caseId())
			.update();
	}

	@EventListener
	void on(SanctionDecided decided) {
		refreshDecision(decided.caseId());
	}

	/**
	 * Delivery, the employee's acceptance, an appeal's outcome and the follow-up report
	 * are steps of the case: their effect on the decision is read after each completed
	 * step.
	 */
	@EventListener
	void on(TaskCompleted completed) {
		caseIdOf(completed.caseNumber()).ifPresent(this::refreshDecision);
	}

	@EventListener
	void on(StepRecorded recorded) {
		StepTime s = recorded.step();
		Integer deadlineDays = this.figures.deadlineDays(s.stepKey(), s.dueAt());
		Integer workingDays = this.figures.workingDaysTaken(s.region(), s.createdAt(), s.endedAt());
		int changed = this.jdbc.sql("""
				update oversight_step set case_number = ?, due_at = ?, ended_at = ?,
				    deadline_days = coalesce(deadline_days, ?), working_days = coalesce(working_days, ?)
				where task_id = ?""")
			.params(s.caseNumber(), utc(s.dueAt()), utc(s.endedAt()), deadlineDays, workingDays, s.taskId())
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at,
					    owner_role, deadline_days, working_days)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.taskId(), s.caseNumber(), s.region(), s.stepKey(), utc(s.createdAt()), utc(s.dueAt()),
						utc(s.endedAt()), this.figures.ownerRole(s.stepKey()), deadlineDays, workingDays)
				.update();
			this.jdbc.sql("""
					update oversight_step set
					    received_on = (select c.received_on from oversight_case c
					        where c.case_number = oversight_step.case_number),
					    election_type = (select c.election_type from oversight_case c
					        where c.case_number = oversight_step.case_number),
					    election_year = (select c.election_year from oversight_case c
					        where c.case_number = oversight_step.case_number)
					where task_id = ? and exists (select 1 from oversight_case c
					    where c.case_number = oversight_step.case_number)""").param(s.taskId()).update();
		}
		refreshStage(s.caseNumber());
	}

	/**
	 * Fills in what migration 22.1 could not: the owner role, deadline days and working
	 * days taken of the steps recorded before it, and the stage of the cases (both need
	 * the step declarations and the working-day calendar). Runs once at start-up; touches
	 * only rows still without them, so a second run (or a second node) changes nothing.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void backfill() {
		List<StepTime> steps = this.jdbc.sql("""
				select task_id, case_number, region, step, created_at, due_at, ended_at from oversight_step
				where owner_role is null""")
			.query((rs, n) -> new StepTime(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
					instant(rs.getObject(7, OffsetDateTime.class))))
			.list();
		for (StepTime s : steps) {
			this.jdbc
				.sql("update oversight_step set owner_role = ?, deadline_days = ?, working_days = ? where task_id = ?")
				.params(this.figures.ownerRole(s.stepKey()), this.figures.deadlineDays(s.stepKey(), s.dueAt()),
						this.figures.workingDaysTaken(s.region(), s.createdAt(), s.endedAt()), s.taskId())
				.update();
		}
		this.jdbc.sql("select case_number from oversight_case where stage is null")
			.query(String.class)
			.list()
			.forEach(this::refreshStage);
	}

	/** The case's stage, from its steps as the read model holds them. */
	void refreshStage(String caseNumber) {
		List<StepFigures.StepState> steps = this.jdbc
			.sql("select task_id, step, created_at, ended_at from oversight_step where case_number = ?")
			.param(caseNumber)
			.query((rs, n) -> new StepFigures.StepState(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), instant(rs.getObject(4, OffsetDateTime.class))))
			.list();
		this.jdbc.sql("update oversight_case set stage = ? where case_number = ?")
			.params(this.figures.stageOf(steps), caseNumber)
			.update();
	}

	private void refreshDecision(long caseId) {
		this.decisions.stateOf(caseId)
			.ifPresent((d) -> this.jdbc.sql("""
					update oversight_case set decision_outcome = ?, final_sanction = ?, decided_on = ?,
					    recommendation_followed = ?, delivered_on = ?, follow_up_reported_on = ? where case_id = ?""")
				.params(name(d.outcome()), name(d.finalSanction()), d.decidedOn(), d.recommendationFollowed(),
						d.deliveredOn(), d.followUpReportedOn(), caseId)
				.update());
	}

	private Optional<Long> caseIdOf(String caseNumber) {
		return this.jdbc.sql("select case_id from oversight_case where case_number = ?")
			.param(caseNumber)
			.query(Long.class)
			.optional();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? BusinessTime.utc(at) : null;
	}

}
