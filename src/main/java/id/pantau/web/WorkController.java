package id.pantau.web;

import java.util.Arrays;
import java.util.List;

import id.pantau.escalation.Notifications;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.Regions;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.PageView;
import id.pantau.shared.Violation;
import id.pantau.tasks.TaskList;
import id.pantau.tasks.TaskView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My work": counters, the overdue steps escalated to me, the three task views, filters,
 * sort and paging.
 */
@Controller
class WorkController {

	static final int PAGE_SIZE = 20;

	static final List<String> STEPS = Arrays.stream(Tasks.class.getFields()).map(WorkController::constant).toList();

	private final TaskList tasks;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final Notifications notifications;

	WorkController(TaskList tasks, CurrentUser currentUser, Regions regions, Notifications notifications) {
		this.tasks = tasks;
		this.currentUser = currentUser;
		this.regions = regions;
		this.notifications = notifications;
	}

	@GetMapping("/work")
	String work(@RequestParam(defaultValue = "mine") TaskView view, @RequestParam(required = false) String region,
			@RequestParam(required = false) String stepKey, @RequestParam(required = false) Violation violation,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "dueAt") TaskList.SortBy sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PantauUser me = this.currentUser.get();
		TaskList.Filter filter = new TaskList.Filter(blankToNull(region), blankToNull(stepKey), null, violation,
				overdue);
		model.addAttribute("counts",
				List.of(count(me, TaskView.mine), count(me, TaskView.group), count(me, TaskView.overdue)));
		model.addAttribute("escalations", this.notifications.escalationsFor(me, true));
		model.addAttribute("list", this.tasks.list(me, view, filter, PageView.clampPage(page), PAGE_SIZE, sort, true));
		model.addAttribute("view", view);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort);
		model.addAttribute("steps", STEPS);
		model.addAttribute("violations", Violation.values());
		model.addAttribute("regions", myRegions(me));
		return "web/work";
	}

	private long count(PantauUser me, TaskView view) {
		return this.tasks.list(me, view, new TaskList.Filter(null, null, null), 0, 1, TaskList.SortBy.dueAt, true)
			.totalElements();
	}

	private List<Region> myRegions(PantauUser me) {
		return this.regions.all().stream().filter((r) -> me.inRegion(r.code())).toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String constant(java.lang.reflect.Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
