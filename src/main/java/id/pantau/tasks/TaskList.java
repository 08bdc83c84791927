package id.pantau.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.OpenSteps;
import id.pantau.intake.OpenSteps.OpenStep;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PageView;
import id.pantau.shared.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's task lists: only tasks of his regions and his candidate groups; tasks
 * bound to an examination team only for its members.
 */
@Service
@Transactional(readOnly = true)
public class TaskList {

	/** Sort keys of a task list. */
	public enum SortBy {

		dueAt, createdAt

	}

	/**
	 * Filters of a task list.
	 *
	 * @param region one of the caller's regions, or null for all of them
	 * @param stepKey a task definition key, or null
	 * @param caseNumber only the tasks of this case, or null
	 * @param violation only cases reporting this act, or null
	 * @param overdueOnly only tasks past their deadline
	 */
	public record Filter(String region, String stepKey, String caseNumber, Violation violation, boolean overdueOnly) {

		public Filter(String region, String stepKey, String caseNumber) {
			this(region, stepKey, caseNumber, null, false);
		}

	}

	private final OpenSteps steps;

	private final CaseDirectory cases;

	private final AccessPolicy policy;

	private final MessageSource messages;

	TaskList(OpenSteps steps, CaseDirectory cases, AccessPolicy policy, MessageSource messages) {
		this.steps = steps;
		this.cases = cases;
		this.policy = policy;
		this.messages = messages;
	}

	/**
	 * One page of the caller's tasks in the given view.
	 * @throws id.pantau.shared.AccessRefusedException for a region, or a case number of a
	 * region, that is not the caller's (whether or not such a case exists)
	 */
	public PageView<TaskRow> list(PantauUser user, TaskView view, Filter filter, int page, int size, SortBy sort,
			boolean ascending) {
		if (filter.region() != null) {
			this.policy.requireRegion(user, filter.region());
		}
		if (filter.caseNumber() != null) {
			this.cases.requireRegionOfNumber(user, filter.caseNumber());
		}
		if (user.regions().isEmpty()) {
			return PageView.of(List.of(), page, size, 0);
		}
		PageView<OpenStep> found = this.steps.page(criteria(user, view, filter), page, size,
				(sort == SortBy.createdAt) ? OpenSteps.SortBy.createdAt : OpenSteps.SortBy.dueAt, ascending);
		Instant now = BusinessTime.now();
		return PageView.of(found.content().stream().map((s) -> row(s, now)).toList(), page, size,
				found.totalElements());
	}

	/**
	 * One open task as a row, for a page that shows it.
	 * @throws NotFoundException for an unknown or finished task
	 * @throws id.pantau.shared.AccessRefusedException for a task outside the caller's
	 * regions
	 */
	public TaskRow find(PantauUser user, String taskId) {
		OpenStep step = this.steps.find(taskId).orElseThrow(() -> new NotFoundException("task.not-found", taskId));
		this.policy.requireRegion(user, step.region());
		return row(step, BusinessTime.now());
	}

	private static OpenSteps.Criteria criteria(PantauUser user, TaskView view, Filter filter) {
		Set<String> regions = (filter.region() != null) ? Set.of(filter.region()) : user.regions();
		boolean overdue = view == TaskView.overdue || filter.overdueOnly();
		return new OpenSteps.Criteria(regions, filter.stepKey(), filter.caseNumber(), filter.violation(),
				overdue ? BusinessTime.now() : null, holder(user, view));
	}

	/**
	 * Mine: held by the caller. Group: not held, open to one of his roles; inspector
	 * steps only where he is on the team. Overdue: both.
	 */
	private static OpenSteps.Holder holder(PantauUser user, TaskView view) {
		if (view == TaskView.mine) {
			return new OpenSteps.Holder(user.username(), null, null);
		}
		List<String> groups = user.roles().stream().filter((r) -> !Groups.INSPECTOR.equals(r)).toList();
		boolean inspector = user.hasRole(Groups.INSPECTOR);
		boolean mine = view == TaskView.overdue || (groups.isEmpty() && !inspector);
		return new OpenSteps.Holder(mine ? user.username() : null, groups, inspector ? user.username() : null);
	}

	private TaskRow row(OpenStep step, Instant now) {
		return new TaskRow(step.taskId(), step.stepKey(), stepName(step.stepKey()), step.caseNumber(), step.region(),
				step.employeeName(), step.employeeNip(), step.assignee(), step.createdAt(), step.dueAt(),
				step.dueAt() != null && step.dueAt().isBefore(now));
	}

	private String stepName(String stepKey) {
		return this.messages.getMessage("step." + stepKey, null, stepKey, LocaleContextHolder.getLocale());
	}

}
