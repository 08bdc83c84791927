package id.pantau.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.stereotype.Component;

/**
 * The timeout listeners of every step with a deadline (used in the models as
 * {@code ${taskEscalation.overdue(task)}} and {@code ${taskEscalation.escalate(task)}}).
 * The engine runs each as a persistent timer job, once per task; the notifier ignores a
 * repetition. Public only because the expression language calls it.
 */
@Component("taskEscalation")
public class TaskEscalation {

	static final String OVERDUE = "OVERDUE_REMINDER";

	static final String ESCALATION = "ESCALATION";

	/** Task-local variable that marks an overdue task. */
	static final String OVERDUE_FLAG = "overdue";

	/** Who is next above each role; the PPK's overdue steps go to the administrators. */
	static final Map<String, String> NEXT_LEVEL = Map.of(Groups.INTAKE, Groups.CHIEF_INSPECTOR, Groups.INSPECTOR,
			Groups.CHIEF_INSPECTOR, Groups.CHIEF_INSPECTOR, Groups.PPK, Groups.HR, Groups.PPK, Groups.PPK,
			Groups.ADMIN);

	private final Notifier notifier;

	TaskEscalation(Notifier notifier) {
		this.notifier = notifier;
	}

	/** At the deadline: marks the task overdue and reminds its group. */
	public void overdue(DelegateTask task) {
		task.setVariableLocal(OVERDUE_FLAG, true);
		for (String group : groups(task)) {
			this.notifier.send(notification(task, group, OVERDUE));
		}
	}

	/** After the grace period: tells the next level. */
	public void escalate(DelegateTask task) {
		for (String group : groups(task)) {
			String next = NEXT_LEVEL.get(group);
			if (next != null) {
				this.notifier.send(notification(task, next, ESCALATION));
			}
		}
	}

	private static List<String> groups(DelegateTask task) {
		return task.getCandidates()
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.distinct()
			.toList();
	}

	private static Notification notification(DelegateTask task, String group, String kind) {
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		return new Notification(task.getExecution().getProcessBusinessKey(),
				(String) task.getVariable(Variables.REGION), group, kind, task.getTaskDefinitionKey(), task.getId(),
				due, BusinessTime.now());
	}

}
