package id.pantau.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/** Start data and shared steps of the engine-only process tests. */
public final class ProcessFixture {

	public static final String CASE_NUMBER = "PROB-2024-0007";

	public static final long CASE_ID = 7L;

	/** Kabupaten Probolinggo. */
	public static final String REGION = "3513";

	public static final String TEAM = "insp1-prob,insp2-prob";

	private ProcessFixture() {
	}

	/** Starts the given process for the fixture's case, with its id and region. */
	public static ProcessInstance startCase(String processKey) {
		Map<String, Object> variables = Map.of(Variables.CASE_ID, CASE_ID, Variables.REGION, REGION);
		return runtimeService().startProcessInstanceByKey(processKey, CASE_NUMBER, variables);
	}

	/**
	 * Asserts that the instance waits at the task, offered to the group, and completes it
	 * with the given variables (name, value, name, value, ...).
	 */
	public static void completeTask(ProcessInstance instance, String taskKey, String group, Object... variables) {
		BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
		Task task = task(taskKey, instance);
		BpmnAwareTests.assertThat(task).hasCandidateGroup(group);
		complete(task, variablesOf(variables));
	}

	/** How often the instance has entered the activity. */
	public static long timesEntered(ProcessInstance instance, String activityId) {
		return historyService().createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.count();
	}

	/**
	 * Asserts that every user task created so far for the case, in any of its process
	 * instances, was due on the date the deadlines gave for its step.
	 * @return the keys of the tasks checked
	 */
	public static Set<String> assertEveryTaskDueOnItsStep(FakeDeadlines deadlines) {
		List<HistoricTaskInstance> tasks = historyService().createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(CASE_NUMBER)
			.list();
		Set<String> checked = new LinkedHashSet<>();
		for (HistoricTaskInstance task : tasks) {
			String step = StepDefinition.deadlineOf(task.getTaskDefinitionKey());
			assertThat(task.getDueDate()).as("due date of %s", task.getTaskDefinitionKey())
				.isEqualTo(deadlines.dueOf(step));
			checked.add(task.getTaskDefinitionKey());
		}
		return checked;
	}

	private static Map<String, Object> variablesOf(Object... namesAndValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

}
