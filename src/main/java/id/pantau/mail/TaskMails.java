package id.pantau.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pantau.escalation.Notification;
import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseDirectory;
import id.pantau.sanction.SanctionDecided;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, written to the outbox inside the transaction of the event: a task in
 * a queue (its candidate users, else the users of its groups in the case's region), a
 * task given to someone by another (him), a reminder and an escalation (the users of the
 * role the notifier addresses, in the region), a signed decision (HR of the region).
 */
@Component
class TaskMails {

	static final String TASK_CREATED = "TASK_CREATED";

	static final String TASK_ASSIGNED = "TASK_ASSIGNED";

	static final String DECISION_SIGNED = "DECISION_SIGNED";

	private final Mails mails;

	private final UserDirectory directory;

	private final CaseDirectory cases;

	TaskMails(Mails mails, UserDirectory directory, CaseDirectory cases) {
		this.mails = mails;
		this.directory = directory;
		this.cases = cases;
	}

	@EventListener
	void on(DelegateTask task) {
		String caseNumber = (task.getExecution() != null) ? task.getExecution().getProcessBusinessKey() : null;
		if (caseNumber == null) {
			return;
		}
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
			send(candidates(task, region(task)), TASK_CREATED, caseNumber, task);
		}
		else if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null
				&& !task.getAssignee().equals(actingUser(task))) {
			send(this.directory.find(task.getAssignee()).stream().toList(), TASK_ASSIGNED, caseNumber, task);
		}
	}

	/** A reminder or an escalation the notifier recorded for the first time. */
	@EventListener
	void on(Notification notification) {
		this.mails.send(this.directory.withRoleIn(notification.recipientRole(), notification.region()),
				notification.kind(), notification.caseNumber(), notification.stepKey(), notification.taskId(),
				notification.dueAt(), notification.region(), "/tasks/" + notification.taskId());
	}

	/** The PPK signed the decision on a sanction: HR delivers it. */
	@EventListener
	void on(SanctionDecided decided) {
		if (decided.sanction() == null) {
			return;
		}
		this.cases.find(decided.caseId())
			.ifPresent((found) -> this.mails.send(this.directory.withRoleIn(Groups.HR, found.region()), DECISION_SIGNED,
					found.number(), Tasks.DECIDE_SANCTION, null, null, found.region(), "/cases/" + found.number()));
	}

	private void send(List<PantauUser> users, String kind, String caseNumber, DelegateTask task) {
		this.mails.send(users, kind, caseNumber, task.getTaskDefinitionKey(), task.getId(),
				(task.getDueDate() != null) ? task.getDueDate().toInstant() : null, region(task),
				"/tasks/" + task.getId());
	}

	/**
	 * The candidate users (an examination team) if the task names any, else the users of
	 * its candidate groups in the region.
	 */
	private List<PantauUser> candidates(DelegateTask task, String region) {
		Map<String, PantauUser> found = new LinkedHashMap<>();
		List<String> groups = new ArrayList<>();
		for (IdentityLink link : task.getCandidates()) {
			if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
				continue;
			}
			if (link.getUserId() != null) {
				this.directory.find(link.getUserId()).ifPresent((u) -> found.put(u.username(), u));
			}
			else if (link.getGroupId() != null) {
				groups.add(link.getGroupId());
			}
		}
		if (found.isEmpty() && region != null) {
			groups.forEach((group) -> this.directory.withRoleIn(group, region)
				.forEach((u) -> found.putIfAbsent(u.username(), u)));
		}
		return List.copyOf(found.values());
	}

	private static String region(DelegateTask task) {
		return (task.getTenantId() != null) ? task.getTenantId() : (String) task.getVariable(Variables.REGION);
	}

	private static String actingUser(DelegateTask task) {
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (current != null) ? current.getUserId() : null;
	}

}
