package id.pantau.tasks;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.identity.CurrentUser;
import id.pantau.intake.CurrentStep;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's task list and the commands on tasks. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Role-based task lists; claim, unclaim and complete")
class TaskController {

	private final TaskList list;

	private final TaskCommands commands;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	TaskController(TaskList list, TaskCommands commands, CurrentUser currentUser, MessageSource messages) {
		this.list = list;
		this.commands = commands;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	/**
	 * Confirmation of a task command.
	 *
	 * @param message what was done, in the caller's language
	 * @param taskId the task acted on
	 * @param stepKey its task definition key
	 * @param stepName its step's name in the caller's language
	 * @param caseNumber its case
	 * @param currentSteps the case's open steps afterwards
	 */
	record Confirmation(String message, String taskId, String stepKey, String stepName, String caseNumber,
			List<CurrentStep> currentSteps) {
	}

	@GetMapping
	@Operation(summary = "The caller's tasks: mine, my roles' queue, or overdue; sorted by due time by default")
	PageView<TaskRow> list(@RequestParam(defaultValue = "mine") TaskView view,
			@RequestParam(required = false) String region,
			@Parameter(description = "only tasks of this step (task definition key)") @RequestParam(
					required = false) String stepKey,
			@Parameter(
					description = "only the tasks of this case (403 for a number of another region's series)") @RequestParam(
							required = false) String caseNumber,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(defaultValue = "dueAt") TaskList.SortBy sort,
			@RequestParam(defaultValue = "ASC") Sort.Direction direction) {
		return this.list.list(this.currentUser.get(), view, new TaskList.Filter(region, stepKey, caseNumber), page,
				size, sort, direction.isAscending());
	}

	@PostMapping("/{taskId}/claim")
	@Operation(summary = "Take a task of one's groups and regions (409 if someone else holds it)")
	Confirmation claim(@PathVariable String taskId) {
		return confirm(this.commands.claim(this.currentUser.get(), taskId));
	}

	@PostMapping("/{taskId}/unclaim")
	@Operation(summary = "Give a task one holds back to the queue")
	Confirmation unclaim(@PathVariable String taskId) {
		return confirm(this.commands.unclaim(this.currentUser.get(), taskId));
	}

	@PostMapping("/{taskId}/complete")
	@Operation(summary = "Complete a task one holds with the step's payload")
	Confirmation complete(@PathVariable String taskId, @RequestBody(required = false) JsonNode payload) {
		return confirm(this.commands.complete(this.currentUser.get(), taskId, payload));
	}

	private Confirmation confirm(TaskResult result) {
		String stepName = this.messages.getMessage("step." + result.stepKey(), null, result.stepKey(),
				LocaleContextHolder.getLocale());
		String message = this.messages.getMessage(result.messageKey(), new Object[] { stepName, result.caseNumber() },
				LocaleContextHolder.getLocale());
		return new Confirmation(message, result.taskId(), result.stepKey(), stepName, result.caseNumber(),
				result.currentSteps());
	}

}
