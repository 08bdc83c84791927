package id.pantau.shared;

import static id.pantau.shared.NeutralityCaseProcess.APPEAL_KEY;
import static id.pantau.shared.NeutralityCaseProcess.INVESTIGATION_KEY;
import static id.pantau.shared.NeutralityCaseProcess.KEY;
import static id.pantau.shared.ProcessFixture.CASE_ID;
import static id.pantau.shared.ProcessFixture.CASE_NUMBER;
import static id.pantau.shared.ProcessFixture.REGION;
import static id.pantau.shared.ProcessFixture.TEAM;
import static id.pantau.shared.ProcessFixture.assertEveryTaskDueOnItsStep;
import static id.pantau.shared.ProcessFixture.completeTask;
import static id.pantau.shared.ProcessFixture.startCase;
import static id.pantau.shared.ProcessFixture.timesEntered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import id.pantau.shared.FakeCaseClosure.Closure;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every route of the main process, calling the real investigation and appeal models. */
@Deployment(resources = { "processes/case/neutrality-case.bpmn", "processes/investigation/investigation.bpmn",
		"processes/sanction/appeal-window.bpmn" })
class NeutralityCaseProcessTests {

	@RegisterExtension
	static ProcessEngineFixture engine = ProcessEngineFixture.coveringAllBut(INVESTIGATION_KEY, APPEAL_KEY);

	private final FakeDeadlines deadlines = engine.deadlines();

	private final FakeCaseClosure caseClosure = engine.caseClosure();

	@Test
	void closesCaseThatIsNotOurAuthority() {
		ProcessInstance pi = startCase(KEY);

		verify(pi, "NOT_OUR_AUTHORITY");

		assertThat(pi).hasPassed("End_ClosedNotOurAuthority").hasNotPassed("CallActivity_Investigation").isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "NOT_OUR_AUTHORITY"));
	}

	@Test
	void closesCaseOfEmployeeWhoLeftService() {
		ProcessInstance pi = startCase(KEY);

		verify(pi, "EMPLOYEE_LEFT_SERVICE");

		assertThat(pi).hasPassed("End_ClosedEmployeeLeftService").hasNotPassed("CallActivity_Investigation").isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "EMPLOYEE_LEFT_SERVICE"));
	}

	@Test
	void verifiesCaseAgainWhenMissingDocumentsArrive() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "INCOMPLETE");

		completeTask(pi, Tasks.AWAIT_COMPLETION, Groups.INTAKE);

		assertThat(pi).isWaitingAt(Tasks.VERIFY_CASE);
		assertThat(jobQuery().processInstanceId(pi.getId()).activityId("Timer_CompletionTimeout").count())
			.as("completion timer left")
			.isZero();
		verify(pi, "ACCEPTED");
		assertThat(pi).isWaitingAt("CallActivity_Investigation");
		assertThat(timesEntered(pi, Tasks.VERIFY_CASE)).isEqualTo(2);
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).containsExactlyInAnyOrder(Tasks.VERIFY_CASE,
				Tasks.AWAIT_COMPLETION, Tasks.ASSIGN_TEAM);
		assertThat(this.caseClosure.closures()).isEmpty();
	}

	@Test
	void closesIncompleteCaseWhenDocumentsDoNotArriveInTime() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "INCOMPLETE");
		Job timeout = job("Timer_CompletionTimeout", pi);
		assertThat(timeout).hasDueDate(this.deadlines.dueOf("await-completion"));

		execute(timeout);

		assertThat(pi).hasPassed("Timer_CompletionTimeout", "End_ClosedIncomplete")
			.hasNotPassed("CallActivity_Investigation")
			.isEnded();
		assertThat(timesEntered(pi, Tasks.VERIFY_CASE)).isEqualTo(1);
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "INCOMPLETE"));
	}

	@Test
	void refusesVerificationOutcomeWithoutRoute() {
		ProcessInstance pi = startCase(KEY);

		assertThatExceptionOfType(ProcessEngineException.class).isThrownBy(() -> verify(pi, "MAYBE"));

		assertThat(pi).isWaitingAt(Tasks.VERIFY_CASE);
	}

	@Test
	void handsAcceptedCaseToInvestigationWithCaseNumberIdAndRegion() {
		ProcessInstance pi = startCase(KEY);

		verify(pi, "ACCEPTED");

		assertThat(pi).isWaitingAt("CallActivity_Investigation");
		ProcessInstance investigation = calledProcessInstance(INVESTIGATION_KEY, pi);
		assertThat(investigation).hasBusinessKey(CASE_NUMBER).isWaitingAt(Tasks.ASSIGN_TEAM);
		assertThat(investigation).variables()
			.containsEntry(Variables.CASE_ID, CASE_ID)
			.containsEntry(Variables.REGION, REGION)
			.doesNotContainKey(Variables.VERIFICATION_OUTCOME);
	}

	@Test
	void routesUnprovenCaseToNotice() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "ACCEPTED");
		investigate(pi, false);

		completeTask(pi, Tasks.ISSUE_NOT_PROVEN_NOTICE, Groups.PPK);

		assertThat(pi).hasPassed("Gateway_CaseProven", "End_ClosedNotProven")
			.hasNotPassed(Tasks.DRAFT_DECISION)
			.isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "NOT_PROVEN"));
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).contains(Tasks.ISSUE_NOT_PROVEN_NOTICE);
	}

	@Test
	void carriesApprovedSanctionThroughDeliveryAndAppealToFollowUp() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "ACCEPTED");
		investigate(pi, true);
		decide(pi, "APPROVE");
		completeTask(pi, Tasks.DELIVER_DECISION, Groups.HR);

		ProcessInstance appeal = calledProcessInstance(APPEAL_KEY, pi);
		assertThat(appeal).hasBusinessKey(CASE_NUMBER);
		assertThat(appeal).variables()
			.containsEntry(Variables.CASE_ID, CASE_ID)
			.containsEntry(Variables.REGION, REGION);
		completeTask(appeal, Tasks.RECORD_APPEAL, Groups.HR, Variables.APPEAL_FILED, true, Variables.APPEAL_TYPE,
				"OBJECTION");
		completeTask(appeal, Tasks.DECIDE_OBJECTION, Groups.PPK, Variables.APPEAL_OUTCOME, "UPHELD");
		assertThat(appeal).hasPassed("End_AppealDecided").isEnded();
		completeTask(pi, Tasks.REPORT_FOLLOW_UP, Groups.HR);

		assertThat(pi)
			.hasPassedInOrder(Tasks.VERIFY_CASE, "CallActivity_Investigation", Tasks.DRAFT_DECISION,
					Tasks.DECIDE_SANCTION, Tasks.DELIVER_DECISION, "CallActivity_AppealWindow", Tasks.REPORT_FOLLOW_UP,
					"End_CaseClosed")
			.isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "COMPLETED"));
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).containsExactlyInAnyOrder(Tasks.VERIFY_CASE,
				Tasks.ASSIGN_TEAM, Tasks.ISSUE_SUMMONS, Tasks.RECORD_ATTENDANCE, Tasks.EXAMINE_EMPLOYEE,
				Tasks.WRITE_REPORT, Tasks.REVIEW_REPORT, Tasks.DRAFT_DECISION, Tasks.DECIDE_SANCTION,
				Tasks.DELIVER_DECISION, Tasks.RECORD_APPEAL, Tasks.DECIDE_OBJECTION, Tasks.REPORT_FOLLOW_UP);
	}

	@Test
	void deliversChangedSanctionLikeApprovedOne() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "ACCEPTED");
		investigate(pi, true);

		decide(pi, "CHANGE");
		completeTask(pi, Tasks.DELIVER_DECISION, Groups.HR);
		ProcessInstance appeal = calledProcessInstance(APPEAL_KEY, pi);
		execute(job("Timer_AppealWindowExpired", appeal));
		assertThat(appeal).hasPassed("End_AppealWindowExpired").isEnded();
		completeTask(pi, Tasks.REPORT_FOLLOW_UP, Groups.HR);

		assertThat(pi).hasPassed(Tasks.DELIVER_DECISION, "CallActivity_AppealWindow", "End_CaseClosed").isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "COMPLETED"));
	}

	@Test
	void reportsRejectedSanctionWithoutDeliveryOrAppeal() {
		ProcessInstance pi = startCase(KEY);
		verify(pi, "ACCEPTED");
		investigate(pi, true);

		decide(pi, "REJECT");

		assertThat(pi).isWaitingAt(Tasks.REPORT_FOLLOW_UP);
		completeTask(pi, Tasks.REPORT_FOLLOW_UP, Groups.HR);
		assertThat(pi).hasPassed("End_CaseClosed")
			.hasNotPassed(Tasks.DELIVER_DECISION, "CallActivity_AppealWindow")
			.isEnded();
		assertThat(this.caseClosure.closures()).containsExactly(new Closure(CASE_NUMBER, "COMPLETED"));
	}

	private void verify(ProcessInstance pi, String outcome) {
		completeTask(pi, Tasks.VERIFY_CASE, Groups.INTAKE, Variables.VERIFICATION_OUTCOME, outcome);
	}

	/**
	 * Drives the called investigation the shortest way: the employee attends the first
	 * summons.
	 */
	private void investigate(ProcessInstance pi, boolean proven) {
		ProcessInstance investigation = calledProcessInstance(INVESTIGATION_KEY, pi);
		completeTask(investigation, Tasks.ASSIGN_TEAM, Groups.CHIEF_INSPECTOR, Variables.TEAM_MEMBERS, TEAM);
		completeTask(investigation, Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, Variables.SUMMONS_ROUND, 1);
		completeTask(investigation, Tasks.RECORD_ATTENDANCE, Groups.INSPECTOR, Variables.ATTENDED, true);
		completeTask(investigation, Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR);
		completeTask(investigation, Tasks.WRITE_REPORT, Groups.INSPECTOR, Variables.PROVEN, proven);
		completeTask(investigation, Tasks.REVIEW_REPORT, Groups.CHIEF_INSPECTOR, Variables.REPORT_APPROVED, true);
		assertThat(investigation).isEnded();
	}

	private void decide(ProcessInstance pi, String outcome) {
		completeTask(pi, Tasks.DRAFT_DECISION, Groups.HR);
		completeTask(pi, Tasks.DECIDE_SANCTION, Groups.PPK, Variables.DECISION_OUTCOME, outcome);
	}

}
