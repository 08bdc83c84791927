package id.pantau.sanction;

import static id.pantau.shared.NeutralityCaseProcess.APPEAL_KEY;
import static id.pantau.shared.ProcessFixture.assertEveryTaskDueOnItsStep;
import static id.pantau.shared.ProcessFixture.completeTask;
import static id.pantau.shared.ProcessFixture.startCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.List;

import id.pantau.shared.FakeDeadlines;
import id.pantau.shared.ProcessEngineFixture;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of the appeal window: no appeal in time, the decision accepted in writing,
 * an objection, an administrative appeal.
 */
@Deployment(resources = "processes/sanction/appeal-window.bpmn")
class AppealWindowProcessTests {

	@RegisterExtension
	static ProcessEngineFixture engine = ProcessEngineFixture.covering();

	private final FakeDeadlines deadlines = engine.deadlines();

	@Test
	void closesWindowWhenNoAppealIsFiledInTime() {
		ProcessInstance pi = startCase(APPEAL_KEY);
		assertThat(pi).isWaitingAt(Tasks.RECORD_APPEAL);
		assertThat(task(Tasks.RECORD_APPEAL, pi)).hasCandidateGroup(Groups.HR);
		Job windowEnd = job("Timer_AppealWindowExpired", pi);
		assertThat(windowEnd).hasDueDate(this.deadlines.dueOf("record-appeal"));

		execute(windowEnd);

		assertThat(pi).hasPassed("Timer_AppealWindowExpired", "End_AppealWindowExpired")
			.hasNotPassed("Gateway_AppealType", "End_AppealDecided")
			.isEnded();
	}

	@Test
	void closesWindowEarlyWhenTheEmployeeAcceptsTheDecisionInWriting() {
		ProcessInstance pi = startCase(APPEAL_KEY);

		completeTask(pi, Tasks.RECORD_APPEAL, Groups.HR, Variables.APPEAL_FILED, false);

		assertThat(pi).hasPassed("Gateway_AppealFiled", "End_AppealWindowExpired")
			.hasNotPassed("Timer_AppealWindowExpired", "Gateway_AppealType", "End_AppealDecided")
			.isEnded();
		assertThat(jobQuery().processInstanceId(pi.getId()).count()).as("appeal window timer left").isZero();
	}

	@Test
	void letsPpkDecideObjection() {
		ProcessInstance pi = startCase(APPEAL_KEY);

		completeTask(pi, Tasks.RECORD_APPEAL, Groups.HR, Variables.APPEAL_FILED, true, Variables.APPEAL_TYPE,
				"OBJECTION");

		assertThat(pi).isWaitingAt(Tasks.DECIDE_OBJECTION);
		assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Timer_AppealWindowExpired").count())
			.as("appeal window timer left")
			.isZero();
		assertThat(task(Tasks.DECIDE_OBJECTION, pi)).hasDueDate(this.deadlines.dueOf("decide-objection"));
		assertThat(candidateGroupsOf(Tasks.DECIDE_OBJECTION, pi)).containsExactly(Groups.PPK);
		completeTask(pi, Tasks.DECIDE_OBJECTION, Groups.PPK, Variables.APPEAL_OUTCOME, "CHANGED");
		assertThat(pi).hasPassed("Gateway_AppealDecided", "End_AppealDecided")
			.hasNotPassed(Tasks.RECORD_APPEAL_RULING, "End_AppealWindowExpired")
			.isEnded();
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).containsExactlyInAnyOrder(Tasks.RECORD_APPEAL,
				Tasks.DECIDE_OBJECTION);
	}

	@Test
	void letsHrRecordRulingOnAdministrativeAppeal() {
		ProcessInstance pi = startCase(APPEAL_KEY);

		completeTask(pi, Tasks.RECORD_APPEAL, Groups.HR, Variables.APPEAL_FILED, true, Variables.APPEAL_TYPE,
				"ADMINISTRATIVE_APPEAL");

		assertThat(pi).isWaitingAt(Tasks.RECORD_APPEAL_RULING);
		assertThat(task(Tasks.RECORD_APPEAL_RULING, pi)).hasDueDate(this.deadlines.dueOf("record-appeal-ruling"));
		assertThat(candidateGroupsOf(Tasks.RECORD_APPEAL_RULING, pi)).containsExactly(Groups.HR);
		completeTask(pi, Tasks.RECORD_APPEAL_RULING, Groups.HR, Variables.APPEAL_OUTCOME, "UPHELD");
		assertThat(pi).hasPassed("Gateway_AppealDecided", "End_AppealDecided")
			.hasNotPassed(Tasks.DECIDE_OBJECTION)
			.isEnded();
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).containsExactlyInAnyOrder(Tasks.RECORD_APPEAL,
				Tasks.RECORD_APPEAL_RULING);
	}

	private static List<String> candidateGroupsOf(String taskKey, ProcessInstance pi) {
		return taskService().getIdentityLinksForTask(task(taskKey, pi).getId())
			.stream()
			.filter((link) -> link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

}
