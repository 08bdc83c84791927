package id.pantau.intake;

import java.time.Instant;
import java.util.List;

import id.pantau.shared.BusinessTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The open steps of a case, from the engine. */
@Component
public class CurrentSteps {

	private final TaskService tasks;

	private final MessageSource messages;

	CurrentSteps(TaskService tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	/** The open steps of the case, oldest first. */
	public List<CurrentStep> of(String caseNumber) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(caseNumber)
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, 100)
			.stream()
			.map(this::toStep)
			.toList();
	}

	private CurrentStep toStep(Task task) {
		List<String> groups = this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		String name = this.messages.getMessage("step." + task.getTaskDefinitionKey(), null, task.getName(),
				LocaleContextHolder.getLocale());
		return new CurrentStep(task.getId(), task.getTaskDefinitionKey(), name, groups, task.getAssignee(), due,
				due != null && due.isBefore(BusinessTime.now()));
	}

}
