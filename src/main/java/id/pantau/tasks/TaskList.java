package id.pantau.tasks;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PageView;
import id.pantau.shared.Violation;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

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

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final CaseDirectory cases;

	private final AccessPolicy policy;

	private final MessageSource messages;

	TaskList(TaskService tasks, RuntimeService runtime, CaseDirectory cases, AccessPolicy policy,
			MessageSource messages) {
		this.tasks = tasks;
		this.runtime = runtime;
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
		TaskQuery query = query(user, view, filter);
		long total = query.count();
		orderBy(query, sort, ascending);
		List<Task> found = ((long) page * size > Integer.MAX_VALUE) ? List.of() : query.listPage(page * size, size);
		return PageView.of(rows(found), page, size, total);
	}

	/**
	 * One open task as a row, for a page that shows it.
	 * @throws NotFoundException for an unknown or finished task
	 * @throws id.pantau.shared.AccessRefusedException for a task outside the caller's
	 * regions
	 */
	public TaskRow find(PantauUser user, String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("task.not-found", taskId);
		}
		this.policy.requireRegion(user, task.getTenantId());
		return rows(List.of(task)).get(0);
	}

	private TaskQuery query(PantauUser user, TaskView view, Filter filter) {
		Set<String> regions = (filter.region() != null) ? Set.of(filter.region()) : user.regions();
		TaskQuery query = this.tasks.createTaskQuery().tenantIdIn(regions.toArray(String[]::new));
		if (filter.stepKey() != null) {
			query.taskDefinitionKey(filter.stepKey());
		}
		if (filter.caseNumber() != null) {
			query.processInstanceBusinessKey(filter.caseNumber());
		}
		if (filter.violation() != null) {
			List<String> numbers = new ArrayList<>(this.cases.numbersWithAllegedAct(regions, filter.violation()));
			numbers.add("");
			query.processInstanceBusinessKeyIn(numbers.toArray(String[]::new));
		}
		if (filter.overdueOnly() && view != TaskView.overdue) {
			query.dueBefore(Date.from(BusinessTime.now()));
		}
		if (view == TaskView.mine) {
			return query.taskAssignee(user.username());
		}
		if (view == TaskView.overdue) {
			query.dueBefore(Date.from(BusinessTime.now()));
		}
		return candidates(query, user, view == TaskView.overdue);
	}

	/** Tasks of the caller's groups; inspector tasks only where he is on the team. */
	private TaskQuery candidates(TaskQuery query, PantauUser user, boolean withMine) {
		List<String> groups = user.roles().stream().filter((r) -> !Groups.INSPECTOR.equals(r)).toList();
		TaskQuery or = query.or();
		if (withMine) {
			or.taskAssignee(user.username());
		}
		if (!groups.isEmpty()) {
			or.taskCandidateGroupIn(groups);
		}
		if (user.hasRole(Groups.INSPECTOR)) {
			or.taskCandidateUser(user.username());
		}
		if (groups.isEmpty() && !user.hasRole(Groups.INSPECTOR)) {
			or.taskAssignee(user.username());
		}
		return or.endOr();
	}

	private void orderBy(TaskQuery query, SortBy sort, boolean ascending) {
		TaskQuery ordered = (sort == SortBy.createdAt) ? query.orderByTaskCreateTime() : query.orderByDueDate();
		if (ascending) {
			ordered.asc();
		}
		else {
			ordered.desc();
		}
		query.orderByTaskId().asc();
	}

	private List<TaskRow> rows(List<Task> found) {
		Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> numbers = businessKeys(instanceIds);
		Map<String, CaseSummary> summaries = this.cases.byNumbers(new HashSet<>(numbers.values()));
		Date now = Date.from(BusinessTime.now());
		return found.stream().map((t) -> {
			CaseSummary c = summaries.get(numbers.get(t.getProcessInstanceId()));
			return new TaskRow(t.getId(), t.getTaskDefinitionKey(), stepName(t), numbers.get(t.getProcessInstanceId()),
					t.getTenantId(), (c != null) ? c.employeeName() : null, (c != null) ? c.employeeNip() : null,
					t.getAssignee(), t.getCreateTime().toInstant(),
					(t.getDueDate() != null) ? t.getDueDate().toInstant() : null,
					t.getDueDate() != null && t.getDueDate().before(now));
		}).toList();
	}

	private Map<String, String> businessKeys(Set<String> instanceIds) {
		if (instanceIds.isEmpty()) {
			return Map.of();
		}
		return this.runtime.createProcessInstanceQuery()
			.processInstanceIds(instanceIds)
			.listPage(0, instanceIds.size())
			.stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	private String stepName(Task task) {
		return this.messages.getMessage("step." + task.getTaskDefinitionKey(), null, task.getName(),
				LocaleContextHolder.getLocale());
	}

}
