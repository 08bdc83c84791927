package id.pantau.investigation;

import static id.pantau.shared.NeutralityCaseProcess.INVESTIGATION_KEY;
import static id.pantau.shared.ProcessFixture.TEAM;
import static id.pantau.shared.ProcessFixture.assertEveryTaskDueOnItsStep;
import static id.pantau.shared.ProcessFixture.completeTask;
import static id.pantau.shared.ProcessFixture.startCase;
import static id.pantau.shared.ProcessFixture.timesEntered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.shared.FakeDeadlines;
import id.pantau.shared.ProcessEngineFixture;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of the investigation: summons, absences, examination, report and review.
 */
@Deployment(resources = "processes/investigation/investigation.bpmn")
class InvestigationProcessTests {

	@RegisterExtension
	static ProcessEngineFixture engine = ProcessEngineFixture.covering();

	private final FakeDeadlines deadlines = engine.deadlines();

	@Test
	void examinesEmployeeWhoAttendsFirstSummons() {
		ProcessInstance pi = startInvestigationWithTeam();

		summon(pi, 1, true);
		completeTask(pi, Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR);
		writeReport(pi);
		review(pi, true);

		assertThat(pi)
			.hasPassedInOrder(Tasks.ASSIGN_TEAM, Tasks.ISSUE_SUMMONS, Tasks.RECORD_ATTENDANCE, Tasks.EXAMINE_EMPLOYEE,
					Tasks.WRITE_REPORT, Tasks.REVIEW_REPORT, "End_InvestigationCompleted")
			.hasNotPassed("Gateway_SecondAbsence")
			.isEnded();
		assertThat(assertEveryTaskDueOnItsStep(this.deadlines)).containsExactlyInAnyOrder(Tasks.ASSIGN_TEAM,
				Tasks.ISSUE_SUMMONS, Tasks.RECORD_ATTENDANCE, Tasks.EXAMINE_EMPLOYEE, Tasks.WRITE_REPORT,
				Tasks.REVIEW_REPORT);
	}

	@Test
	void summonsAbsentEmployeeASecondTime() {
		ProcessInstance pi = startInvestigationWithTeam();

		summon(pi, 1, false);

		assertThat(pi).hasPassed("Gateway_SecondAbsence").isWaitingAt(Tasks.ISSUE_SUMMONS);
		summon(pi, 2, true);
		assertThat(pi).isWaitingAt(Tasks.EXAMINE_EMPLOYEE);
		assertThat(timesEntered(pi, Tasks.ISSUE_SUMMONS)).isEqualTo(2);
	}

	@Test
	void decidesOnEvidenceAloneAfterSecondAbsence() {
		ProcessInstance pi = startInvestigationWithTeam();

		summon(pi, 1, false);
		summon(pi, 2, false);

		assertThat(pi).isWaitingAt(Tasks.WRITE_REPORT).hasNotPassed(Tasks.EXAMINE_EMPLOYEE);
		assertThat(timesEntered(pi, Tasks.ISSUE_SUMMONS)).isEqualTo(2);
		writeReport(pi);
		review(pi, true);
		assertThat(pi).hasPassed("End_InvestigationCompleted").hasNotPassed(Tasks.EXAMINE_EMPLOYEE).isEnded();
	}

	@Test
	void returnsReportToTeamUntilChiefInspectorApprovesIt() {
		ProcessInstance pi = startInvestigationWithTeam();
		summon(pi, 1, true);
		completeTask(pi, Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR);
		writeReport(pi);

		review(pi, false);

		assertThat(pi).isWaitingAt(Tasks.WRITE_REPORT).isNotEnded();
		writeReport(pi);
		review(pi, true);
		assertThat(pi).hasPassed("End_InvestigationCompleted").isEnded();
		assertThat(timesEntered(pi, Tasks.WRITE_REPORT)).isEqualTo(2);
		assertThat(timesEntered(pi, Tasks.REVIEW_REPORT)).isEqualTo(2);
	}

	@Test
	void offersInspectorTasksToTeamMembers() {
		ProcessInstance pi = startInvestigationWithTeam();

		assertThat(candidateUsersOf(task(Tasks.ISSUE_SUMMONS, pi))).containsExactlyInAnyOrder("insp1-prob",
				"insp2-prob");
		completeTask(pi, Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, Variables.SUMMONS_ROUND, 1);
		assertThat(candidateUsersOf(task(Tasks.RECORD_ATTENDANCE, pi))).containsExactlyInAnyOrder("insp1-prob",
				"insp2-prob");
		completeTask(pi, Tasks.RECORD_ATTENDANCE, Groups.INSPECTOR, Variables.ATTENDED, true);
		assertThat(candidateUsersOf(task(Tasks.EXAMINE_EMPLOYEE, pi))).containsExactlyInAnyOrder("insp1-prob",
				"insp2-prob");
		completeTask(pi, Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR);
		assertThat(candidateUsersOf(task(Tasks.WRITE_REPORT, pi))).containsExactlyInAnyOrder("insp1-prob",
				"insp2-prob");
	}

	@Test
	void letsChiefInspectorAssignTeamAndReviewReport() {
		ProcessInstance pi = startCase(INVESTIGATION_KEY);

		assertThat(task(Tasks.ASSIGN_TEAM, pi)).hasCandidateGroup(Groups.CHIEF_INSPECTOR);
		assertThat(candidateUsersOf(task(Tasks.ASSIGN_TEAM, pi))).isEmpty();
		completeTask(pi, Tasks.ASSIGN_TEAM, Groups.CHIEF_INSPECTOR, Variables.TEAM_MEMBERS, TEAM);
		summon(pi, 1, true);
		completeTask(pi, Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR);
		writeReport(pi);
		assertThat(task(Tasks.REVIEW_REPORT, pi)).hasCandidateGroup(Groups.CHIEF_INSPECTOR);
		assertThat(candidateUsersOf(task(Tasks.REVIEW_REPORT, pi))).isEmpty();
	}

	private ProcessInstance startInvestigationWithTeam() {
		ProcessInstance pi = startCase(INVESTIGATION_KEY);
		completeTask(pi, Tasks.ASSIGN_TEAM, Groups.CHIEF_INSPECTOR, Variables.TEAM_MEMBERS, TEAM);
		return pi;
	}

	private void summon(ProcessInstance pi, int round, boolean attended) {
		completeTask(pi, Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, Variables.SUMMONS_ROUND, round);
		completeTask(pi, Tasks.RECORD_ATTENDANCE, Groups.INSPECTOR, Variables.ATTENDED, attended);
	}

	private void writeReport(ProcessInstance pi) {
		completeTask(pi, Tasks.WRITE_REPORT, Groups.INSPECTOR, Variables.PROVEN, true);
	}

	private void review(ProcessInstance pi, boolean approved) {
		completeTask(pi, Tasks.REVIEW_REPORT, Groups.CHIEF_INSPECTOR, Variables.REPORT_APPROVED, approved);
	}

	private static Set<String> candidateUsersOf(Task task) {
		return taskService().getIdentityLinksForTask(task.getId())
			.stream()
			.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
			.map(IdentityLink::getUserId)
			.collect(Collectors.toSet());
	}

}
