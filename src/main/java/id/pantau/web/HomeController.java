package id.pantau.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.pantau.identity.PantauUser;
import id.pantau.mail.Inbox;
import id.pantau.mail.MailPreferences;
import id.pantau.tasks.TaskList;
import id.pantau.tasks.TaskRow;
import id.pantau.tasks.TaskView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page, "Perlu tindakan saya": my tasks and the tasks I may take in one list,
 * the most urgent first (overdue, then the nearest deadline); and the login page.
 */
@Controller
class HomeController {

	/** Most tasks of each kind the start page lists; the rest are under "My work". */
	static final int LIMIT = 50;

	private static final Comparator<Action> URGENCY = Comparator.comparing((Action a) -> !a.task().overdue())
		.thenComparing((Action a) -> a.task().dueAt(), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
		.thenComparing((Action a) -> a.task().createdAt());

	private final Pages pages;

	private final TaskList tasks;

	private final Inbox inbox;

	private final MailPreferences mailPreferences;

	HomeController(Pages pages, TaskList tasks, Inbox inbox, MailPreferences mailPreferences) {
		this.pages = pages;
		this.tasks = tasks;
		this.inbox = inbox;
		this.mailPreferences = mailPreferences;
	}

	/**
	 * A task on the start page.
	 *
	 * @param task the task
	 * @param mine whether I hold it (open it) or may take it (take it and open it)
	 */
	public record Action(TaskRow task, boolean mine) {
	}

	/**
	 * Logged-in people start at what needs them (auditors at the search); others log in.
	 */
	@GetMapping("/")
	String root(Model model) {
		PantauUser me = this.pages.person().orElse(null);
		if (me == null) {
			return "redirect:/login";
		}
		if (!this.pages.hasTasks(me)) {
			return "redirect:/audit";
		}
		List<Action> actions = new ArrayList<>();
		var mine = this.tasks.list(me, TaskView.mine, new TaskList.Filter(null, null, null), 0, LIMIT,
				TaskList.SortBy.dueAt, true);
		var open = this.tasks.list(me, TaskView.group, new TaskList.Filter(null, null, null), 0, LIMIT,
				TaskList.SortBy.dueAt, true);
		mine.content().forEach((t) -> actions.add(new Action(t, true)));
		open.content().forEach((t) -> actions.add(new Action(t, false)));
		actions.sort(URGENCY);
		model.addAttribute("actions", actions);
		model.addAttribute("mineTotal", mine.totalElements());
		model.addAttribute("openTotal", open.totalElements());
		model.addAttribute("more", mine.totalElements() + open.totalElements() > actions.size());
		model.addAttribute("digest", this.mailPreferences.digest(me.username()));
		model.addAttribute("hasAddress", me.email() != null);
		// he sees the list now: the count of new items next to it starts again
		this.inbox.seen(me.username());
		return "web/home";
	}

	@GetMapping("/login")
	String login() {
		return this.pages.person().isPresent() ? "redirect:/" : "web/login";
	}

	/** The glossary and a short guide. */
	@GetMapping("/help")
	String help() {
		return "web/help";
	}

}
