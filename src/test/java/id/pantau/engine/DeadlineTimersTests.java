package id.pantau.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.ExpressionTaskListener;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every step with a legal deadline reminds at its deadline and escalates after its grace
 * period, on the models as the engine deploys them (the timers are attached when a model
 * is parsed); a step whose deadline ends it needs neither, and a model that draws its own
 * reminder is refused.
 */
class DeadlineTimersTests {

	@RegisterExtension
	static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

	private static final Pattern STEP = Pattern.compile("^\\$\\{deadlines\\.dueFor\\('([a-z-]+)', execution\\)}$");

	@ParameterizedTest
	@ValueSource(strings = { "processes/case/neutrality-case.bpmn", "processes/investigation/investigation.bpmn",
			"processes/sanction/appeal-window.bpmn" })
	void givesEveryStepWithADeadlineItsReminderAndEscalation(String model) {
		ProcessEngine engine = extension.getProcessEngine();
		String deployment = engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource(model)
			.deploy()
			.getId();
		try {
			ProcessDefinition definition = engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.deploymentId(deployment)
				.singleResult();
			BpmnModelInstance bpmn = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
			int withTimers = 0;
			for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
				Matcher step = STEP.matcher(task.getCamundaDueDate());
				assertThat(step.matches()).as("due date of %s", task.getId()).isTrue();
				String id = task.getId().replaceFirst("^Task_", "");
				if (endedByTimer(bpmn, task)) {
					assertThat(timeouts(engine, definition, task.getId())).as("%s ends at its deadline", task.getId())
						.isEmpty();
					continue;
				}
				withTimers++;
				assertThat(timeouts(engine, definition, task.getId())).as("timeout listeners of %s", task.getId())
					.containsExactly(entry("Timeout_" + id + "Escalated", DeadlineTimers.ESCALATE),
							entry("Timeout_" + id + "Overdue", DeadlineTimers.OVERDUE));
				assertThat(engine.getManagementService()
					.createJobDefinitionQuery()
					.processDefinitionId(definition.getId())
					.activityIdIn(task.getId())
					.list()).as("timers of %s", task.getId())
					.extracting(JobDefinition::getJobConfiguration)
					.containsExactlyInAnyOrder("DATE: " + task.getCamundaDueDate(),
							"DATE: " + DeadlineTimers.escalationOf(step.group(1)));
			}
			assertThat(withTimers).as("steps with a reminder in %s", model).isPositive();
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	@Test
	void givesAStepEndedByItsOwnDeadlineNoReminder() {
		ProcessEngine engine = extension.getProcessEngine();
		String deployment = engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/case/neutrality-case.bpmn")
			.deploy()
			.getId();
		try {
			ProcessDefinition definition = engine.getRepositoryService()
				.createProcessDefinitionQuery()
				.deploymentId(deployment)
				.singleResult();
			assertThat(timeouts(engine, definition, "Task_AwaitCompletion")).isEmpty();
			assertThat(timeouts(engine, definition, "Task_VerifyCase")).hasSize(2);
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment, true);
		}
	}

	@Test
	void refusesAModelThatDrawsItsOwnReminder() {
		String drawn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Drawn"
				    targetNamespace="http://pantau.id/test">
				  <bpmn:process id="Drawn" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="Start_Drawn" />
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_Drawn" targetRef="Task_Drawn" />
				    <bpmn:userTask id="Task_Drawn" camunda:dueDate="${deadlines.dueFor('verify-case', execution)}">
				      <bpmn:extensionElements>
				        <camunda:taskListener expression="${taskEscalation.overdue(task)}" event="timeout" id="Timeout_Own">
				          <bpmn:timerEventDefinition id="TimerEventDefinition_Own">
				            <bpmn:timeDate>${deadlines.dueFor('verify-case', execution)}</bpmn:timeDate>
				          </bpmn:timerEventDefinition>
				        </camunda:taskListener>
				      </bpmn:extensionElements>
				    </bpmn:userTask>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Drawn" targetRef="End_Drawn" />
				    <bpmn:endEvent id="End_Drawn" />
				  </bpmn:process>
				</bpmn:definitions>
				""";

		assertThatThrownBy(() -> extension.getProcessEngine()
			.getRepositoryService()
			.createDeployment()
			.addString("drawn.bpmn", drawn)
			.deploy()).isInstanceOf(ParseException.class).hasMessageContaining("Pantau attaches the reminder");
	}

	private static boolean endedByTimer(BpmnModelInstance bpmn, UserTask task) {
		return bpmn.getModelElementsByType(BoundaryEvent.class)
			.stream()
			.anyMatch((event) -> event.getAttachedTo() == task && event.cancelActivity()
					&& event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
	}

	/** The step's timeout listeners as deployed: listener id to its expression. */
	private static Map<String, String> timeouts(ProcessEngine engine, ProcessDefinition definition, String taskId) {
		ProcessDefinitionEntity deployed = (ProcessDefinitionEntity) ((RepositoryServiceImpl) engine
			.getRepositoryService()).getDeployedProcessDefinition(definition.getId());
		ActivityImpl activity = deployed.findActivity(taskId);
		TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
		Map<String, Map<String, TimerDeclarationImpl>> declarations = activity.getProperties()
			.get(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS);
		Map<String, String> expressions = new TreeMap<>();
		if (declarations != null && declarations.get(taskId) != null) {
			for (String id : declarations.get(taskId).keySet()) {
				TaskListener listener = task.getTimeoutTaskListener(id);
				expressions.put(id, ((ExpressionTaskListener) listener).getExpressionText());
			}
		}
		return expressions;
	}

}
