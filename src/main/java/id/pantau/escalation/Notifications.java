package id.pantau.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.identity.PantauUser;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recorded notifications, for the case history and the escalation lists. */
@Component
@Transactional(readOnly = true)
public class Notifications {

	static final int LIMIT = 500;

	/** At most this many pages of escalations are read to find the open ones. */
	static final int MAX_PAGES = 20;

	private final SentNotifications sent;

	private final TaskService tasks;

	Notifications(SentNotifications sent, TaskService tasks) {
		this.sent = sent;
		this.tasks = tasks;
	}

	/**
	 * The escalations addressed to one of the user's roles in one of his regions, newest
	 * first (at most 500), chosen by role and region in the database.
	 * @param openOnly only those whose overdue step is still waiting (read in pages of
	 * 500 until 500 are found)
	 */
	public List<Notification> escalationsFor(PantauUser user, boolean openOnly) {
		return escalations(user.roles(), user.regions(), openOnly);
	}

	/**
	 * The PPK's steps past deadline and grace period (escalated to the administrators) in
	 * the user's regions, newest first (at most 500).
	 */
	public List<Notification> ppkOverdue(PantauUser user) {
		return escalations(Set.of(Groups.ADMIN), user.regions(), false);
	}

	private List<Notification> escalations(Set<String> roles, Set<String> regions, boolean openOnly) {
		if (roles.isEmpty() || regions.isEmpty()) {
			return List.of();
		}
		List<Notification> found = new ArrayList<>();
		for (int page = 0; page < MAX_PAGES && found.size() < LIMIT; page++) {
			List<Notification> batch = this.sent
				.findByKindAndRecipientGroupInAndRegionInOrderBySentAtDescIdDesc(TaskEscalation.ESCALATION, roles,
						regions, PageRequest.of(page, LIMIT))
				.stream()
				.map(SentNotification::view)
				.toList();
			found.addAll(openOnly ? stillWaiting(batch) : batch);
			if (!openOnly || batch.size() < LIMIT) {
				break;
			}
		}
		return (found.size() > LIMIT) ? List.copyOf(found.subList(0, LIMIT)) : found;
	}

	private List<Notification> stillWaiting(List<Notification> escalations) {
		if (escalations.isEmpty()) {
			return escalations;
		}
		Set<String> open = this.tasks.createTaskQuery()
			.taskIdIn(escalations.stream().map(Notification::taskId).distinct().toArray(String[]::new))
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet());
		return escalations.stream().filter((n) -> open.contains(n.taskId())).toList();
	}

	/** The notifications about a case, oldest first (at most 500). */
	public List<Notification> ofCase(String caseNumber) {
		return this.sent.findTop500ByCaseNumberOrderBySentAt(caseNumber).stream().map(SentNotification::view).toList();
	}

}
