package id.pantau.demo;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.tasks.TaskCommands;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/** Moves a demo case along its route as the demo users would: claim, then complete. */
@Component
class DemoWalker {

	private final TaskService tasks;

	private final TaskCommands commands;

	private final UserDirectory users;

	private final ObjectMapper json;

	DemoWalker(TaskService tasks, TaskCommands commands, UserDirectory users, ObjectMapper json) {
		this.tasks = tasks;
		this.commands = commands;
		this.users = users;
		this.json = json;
	}

	PantauUser user(String username) {
		return this.users.find(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

	Task task(String caseNumber, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(caseNumber)
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	void claim(String caseNumber, String taskKey, String username) {
		this.commands.claim(user(username), task(caseNumber, taskKey).getId());
	}

	void complete(String caseNumber, String taskKey, String username, Map<String, ?> payload) {
		String taskId = task(caseNumber, taskKey).getId();
		PantauUser actor = user(username);
		this.commands.claim(actor, taskId);
		this.commands.complete(actor, taskId, this.json.valueToTree(payload));
	}

}
