package id.pantau.oversight;

import java.time.Instant;
import java.time.OffsetDateTime;
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
import id.pantau.sanction.DecisionRecords;
import id.pantau.sanction.SanctionDecided;
import id.pantau.shared.BusinessTime;
import id.pantau.tasks.TaskCompleted;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

	OversightRecords(JdbcClient jdbc, CaseDirectory cases, Investigations investigations, DecisionRecords decisions) {
		this.jdbc = jdbc;
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
				    reference_number, employee_nip, employee_name, received_on, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(registered.caseId(), registered.caseNumber(), registered.region(), c.status(),
					name(c.closureReason()), name(c.source()), c.referenceNumber(), c.employee().nip(),
					c.employee().name(), c.receivedOn(), utc(c.registeredAt()))
			.update();
	}

	/** The steps recorded under a provisional number take the case's number with it. */
	@EventListener
	void on(CaseNumberAssigned assigned) {
		this.jdbc.sql("update oversight_step set case_number = ? where case_number = ?")
			.params(assigned.caseNumber(), assigned.provisionalNumber())
			.update();
	}

	@EventListener
	void on(CaseClosed closed) {
		this.jdbc.sql("update oversight_case set status = 'CLOSED', closure_reason = ? where case_id = ?")
			.params(closed.reason(), closed.caseId())
			.update();
	}

	@EventListener
	void on(ReportApproved approved) {
		String acts = this.investigations.approvedReport(approved.caseId())
			.map((r) -> r.actsProven().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))
			.orElse("");
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
		int changed = this.jdbc
			.sql("update oversight_step set case_number = ?, due_at = ?, ended_at = ? where task_id = ?")
			.params(s.caseNumber(), utc(s.dueAt()), utc(s.endedAt()), s.taskId())
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into oversight_step (task_id, case_number, region, step, created_at, due_at, ended_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(s.taskId(), s.caseNumber(), s.region(), s.stepKey(), utc(s.createdAt()), utc(s.dueAt()),
						utc(s.endedAt()))
				.update();
		}
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

	private static OffsetDateTime utc(Instant at) {
		return (at != null) ? BusinessTime.utc(at) : null;
	}

}
