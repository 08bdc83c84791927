package id.pantau.escalation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.identity.PantauUser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recorded notifications, for the case history and the escalation lists. */
@Component
@Transactional(readOnly = true)
public class Notifications {

	private final SentNotifications sent;

	private final TaskService tasks;

	Notifications(SentNotifications sent, TaskService tasks) {
		this.sent = sent;
		this.tasks = tasks;
	}

	/**
	 * The escalations addressed to one of the user's roles in one of his regions, newest
	 * first (at most 500 per role).
	 * @param openOnly only those whose overdue step is still waiting
	 */
	public List<Notification> escalationsFor(PantauUser user, boolean openOnly) {
		List<Notification> found = user.roles()
			.stream()
			.flatMap((role) -> escalationsTo(role).stream())
			.filter((n) -> user.inRegion(n.region()))
			.sorted(Comparator.comparing(Notification::sentAt).reversed())
			.toList();
		if (!openOnly || found.isEmpty()) {
			return found;
		}
		Set<String> open = this.tasks.createTaskQuery()
			.taskIdIn(found.stream().map(Notification::taskId).distinct().toArray(String[]::new))
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet());
		return found.stream().filter((n) -> open.contains(n.taskId())).toList();
	}

	/** The notifications about a case, oldest first (at most 500). */
	public List<Notification> ofCase(String caseNumber) {
		return this.sent.findTop500ByCaseNumberOrderBySentAt(caseNumber).stream().map(SentNotification::view).toList();
	}

	List<Notification> escalationsTo(String group) {
		return this.sent.findTop500ByKindAndRecipientGroupOrderBySentAtDesc(TaskEscalation.ESCALATION, group)
			.stream()
			.map(SentNotification::view)
			.toList();
	}

}
