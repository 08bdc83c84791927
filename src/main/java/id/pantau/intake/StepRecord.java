package id.pantau.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.TreeSet;

import id.pantau.shared.BusinessTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the step record (table {@code audit_step}): every user task of every case with
 * its region, step, candidates, holder, due time and end, written in the engine's
 * transaction. Task lists and the case search read open steps from it through an index;
 * it outlives the engine's history cleanup. Each change is published
 * ({@link StepRecorded}) for the read models of other modules.
 */
@Component
class StepRecord {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final IdentityService identity;

	private final StepTimes times;

	private final ApplicationEventPublisher events;

	StepRecord(JdbcClient jdbc, IdentityService identity, StepTimes times, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.times = times;
		this.events = events;
	}

	@EventListener
	void on(DelegateTask task) {
		String caseNumber = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		if (caseNumber == null) {
			return;
		}
		switch (task.getEventName()) {
			case TaskListener.EVENTNAME_CREATE -> created(task, caseNumber);
			case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> changed(task);
			case TaskListener.EVENTNAME_COMPLETE -> ended(task, "COMPLETED");
			case TaskListener.EVENTNAME_DELETE -> ended(task, "CANCELED");
			default -> {
				return;
			}
		}
		this.times.ofTask(task.getId()).ifPresent((step) -> this.events.publishEvent(new StepRecorded(step)));
	}

	/** Gives the open steps of a case its final number (see {@link CaseRegistration}). */
	void renumber(String provisional, String caseNumber) {
		this.jdbc.sql("update audit_step set case_number = ? where case_number = ?")
			.params(caseNumber, provisional)
			.update();
	}

	private void created(DelegateTask task, String caseNumber) {
		Instant created = (task.getCreateTime() != null) ? task.getCreateTime().toInstant() : BusinessTime.now();
		this.jdbc.sql("""
				insert into audit_step (task_id, case_number, region, step, created_at, due_at, assignee,
				    candidate_roles, candidate_users) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(task.getId(), caseNumber, task.getTenantId(), task.getTaskDefinitionKey(), utc(created),
					utc(task.getDueDate()), task.getAssignee(), candidates(task, true), candidates(task, false))
			.update();
	}

	private void changed(DelegateTask task) {
		this.jdbc.sql("""
				update audit_step set due_at = ?, assignee = ?, candidate_roles = ?, candidate_users = ?
				where task_id = ? and ended_at is null""")
			.params(utc(task.getDueDate()), task.getAssignee(), candidates(task, true), candidates(task, false),
					task.getId())
			.update();
	}

	private void ended(DelegateTask task, String kind) {
		this.jdbc.sql("update audit_step set ended_at = ?, ended_by = ?, end_kind = ? where task_id = ?")
			.params(utc(BusinessTime.now()), actor(), kind, task.getId())
			.update();
	}

	/** Candidate roles or users as {@code ,a,b,}, or null for none. */
	private static String candidates(DelegateTask task, boolean roles) {
		Collection<String> ids = new TreeSet<>();
		for (IdentityLink link : task.getCandidates()) {
			String id = roles ? link.getGroupId() : link.getUserId();
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && id != null) {
				ids.add(id);
			}
		}
		return ids.isEmpty() ? null : "," + String.join(",", ids) + ",";
	}

	/** The person acting now: the logged-in user, else the engine's, else the system. */
	private String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return auth.getName();
		}
		Authentication engine = this.identity.getCurrentAuthentication();
		return (engine != null && engine.getUserId() != null) ? engine.getUserId() : SYSTEM;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(Date at) {
		return (at != null) ? utc(at.toInstant()) : null;
	}

}
