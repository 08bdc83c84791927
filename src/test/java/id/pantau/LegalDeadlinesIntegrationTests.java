package id.pantau;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every deadline of the route counts from its legal date on record (docs/rules.md),
 * across a holiday: the step's due date in the API, its reminder and escalation timers
 * (or the timer that ends it) all fall on the same last day, 23:59:59 WIB for a
 * Probolinggo case. The engine clock stands in the past; the dates on record lie before
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class LegalDeadlinesIntegrationTests {

	private static final String REGION = "probolinggo";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void countsVerificationFromTheDayTheReportWasReceived() {
		clock("2024-04-16T10:00");
		CaseWalk walk = CaseWalk.registered(this.rest, REGION, day("2024-04-04"));

		// 5 working days after Thursday 4 April 2024: Idul Fitri 8-15 April skipped
		assertDueWithReminders(walk, "Task_VerifyCase", day("2024-04-19"));
	}

	@Test
	void countsVerificationAgainFromTheDayTheMissingDocumentsArrived() {
		clock("2024-04-16T10:00");
		CaseWalk walk = CaseWalk.registered(this.rest, REGION, day("2024-04-01"))
			.act("intake-prob", "Task_VerifyCase", Map.of("outcome", "INCOMPLETE", "missingItems", "Tangkapan layar"))
			.act("intake-prob", "Task_AwaitCompletion", Map.of("receivedOn", "2024-04-05"));

		assertDueWithReminders(walk, "Task_VerifyCase", day("2024-04-22"));
	}

	@Test
	void waitsForMissingDocumentsFromTheDayTheyWereAskedFor() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.registered(this.rest, REGION, day("2024-04-04"))
			.act("intake-prob", "Task_VerifyCase", Map.of("outcome", "INCOMPLETE", "missingItems", "Tangkapan layar"));

		// 14 working days after Friday 5 April 2024: Idul Fitri and 1 May skipped
		assertDueEndedByTimer(walk, "Task_AwaitCompletion", day("2024-05-06"), "Timer_CompletionTimeout");
	}

	@Test
	void formsTheTeamWithinFiveWorkingDaysOfTheVerification() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.registered(this.rest, REGION, day("2024-04-01")).accept();

		assertDueWithReminders(walk, "Task_AssignTeam", day("2024-04-22"));
	}

	@Test
	void issuesTheFirstSummonsWithinFiveWorkingDaysOfTheTeamsForming() {
		clock("2025-12-23T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");

		// Christmas 25 December 2025, its collective leave on the 26th, New Year skipped
		assertDueWithReminders(walk, "Task_IssueSummons", day("2026-01-02"));
	}

	@Test
	void refusesAHearingEarlierThanSevenWorkingDaysAfterTheSummonsAndNamesTheFirstPossibleDay() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob");
		String taskId = walk.taskId("Task_IssueSummons");
		Api inspector = Api.as(this.rest, "insp1-prob");
		inspector.post("/api/tasks/" + taskId + "/claim");

		ResponseEntity<JsonNode> early = inspector.post("/api/tasks/" + taskId + "/complete", Map.of("letterNumber",
				"700/1", "issuedOn", "2024-04-05", "hearingAt", "2024-04-23T09:00", "place", "Kantor Inspektorat"));

		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(early.getBody().at("/errors/0/field").asText()).isEqualTo("hearingAt");
		assertThat(early.getBody().at("/errors/0/message").asText()).contains("2024-04-24");
		ResponseEntity<JsonNode> inTime = inspector.post("/api/tasks/" + taskId + "/complete", Map.of("letterNumber",
				"700/1", "issuedOn", "2024-04-05", "hearingAt", "2024-04-24T09:00", "place", "Kantor Inspektorat"));
		assertThat(inTime.getStatusCode()).as("%s", inTime.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void recordsAttendanceWithinThreeWorkingDaysOfTheHearing() {
		clock("2024-04-26T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob")
			.summon(day("2024-04-26"), LocalDateTime.parse("2024-05-08T09:00"));

		// Ascension 9 May 2024 and its collective leave on the 10th skipped
		assertDueWithReminders(walk, "Task_RecordAttendance", day("2024-05-15"));
	}

	@Test
	void issuesTheSecondSummonsWithinSevenWorkingDaysOfTheMissedHearing() {
		clock("2024-04-26T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob")
			.summon(day("2024-04-26"), LocalDateTime.parse("2024-05-08T09:00"));
		clock("2024-05-13T10:00");
		walk.attend(false);

		// PP 94/2021 art. 31: 7 working days after Wednesday 8 May 2024, 9-10 May skipped
		assertDueWithReminders(walk, "Task_IssueSummons", day("2024-05-21"));
	}

	@Test
	void examinesWithinFiveWorkingDaysOfTheHearing() {
		clock("2024-04-26T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob")
			.summon(day("2024-04-26"), LocalDateTime.parse("2024-05-08T09:00"));
		clock("2024-05-14T10:00");
		walk.attend(true);

		assertDueWithReminders(walk, "Task_ExamineEmployee", day("2024-05-17"));
	}

	@Test
	void writesTheReportWithinTenWorkingDaysOfTheExamination() {
		clock("2024-04-26T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob")
			.summon(day("2024-04-26"), LocalDateTime.parse("2024-05-08T09:00"));
		clock("2024-05-20T10:00");
		walk.attend(true).examine(day("2024-05-08"));

		// 9-10 May (Ascension) and 23-24 May (Vesak) 2024 skipped
		assertDueWithReminders(walk, "Task_WriteReport", day("2024-05-28"));
	}

	@Test
	void writesTheReportAfterASecondAbsenceWithinTenWorkingDaysOfTheSecondHearing() {
		clock("2024-04-16T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, REGION, "insp1-prob", "insp2-prob")
			.summon(day("2024-04-16"), LocalDateTime.parse("2024-04-25T09:00"));
		clock("2024-04-26T10:00");
		walk.attend(false).summon(day("2024-04-26"), LocalDateTime.parse("2024-05-08T09:00"));
		clock("2024-05-20T10:00");
		walk.attend(false);

		assertDueWithReminders(walk, "Task_WriteReport", day("2024-05-28"));
	}

	@Test
	void reviewsTheReportWithinFiveWorkingDaysOfItsWriting() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.examined(this.rest, REGION).writeReport(true);

		assertDueWithReminders(walk, "Task_ReviewReport", day("2024-04-22"));
	}

	@Test
	void issuesTheNotProvenNoticeWithinFiveWorkingDaysOfTheApproval() {
		clock("2025-12-23T10:00");
		CaseWalk walk = CaseWalk.examined(this.rest, REGION).writeReport(false).review(true);

		assertDueWithReminders(walk, "Task_IssueNotProvenNotice", day("2026-01-02"));
	}

	@Test
	void draftsTheDecisionWithinFiveWorkingDaysOfTheApproval() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.examined(this.rest, REGION).writeReport(true).review(true);

		assertDueWithReminders(walk, "Task_DraftDecision", day("2024-04-22"));
	}

	@Test
	void decidesWithinFourteenWorkingDaysOfTheDraft() {
		clock("2024-04-05T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);

		assertDueWithReminders(walk, "Task_DecideSanction", day("2024-05-06"));
	}

	@Test
	void deliversTheDecisionWithinFourteenWorkingDaysOfItsSigning() {
		clock("2025-12-01T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		clock("2026-01-05T10:00");
		walk.decide(day("2025-12-22"));

		// 25-26 December 2025 and 1 January 2026 skipped
		assertDueWithReminders(walk, "Task_DeliverDecision", day("2026-01-14"));
	}

	@Test
	void closesTheAppealWindowFourteenWorkingDaysAfterTheDelivery() {
		clock("2025-12-01T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		clock("2026-01-05T10:00");
		walk.decide(day("2025-12-19")).deliver(day("2025-12-22"));

		assertDueEndedByTimer(walk, "Task_RecordAppeal", day("2026-01-14"), "Timer_AppealWindowExpired");
	}

	@Test
	void decidesTheObjectionWithinTwentyOneWorkingDaysOfItsFiling() {
		clock("2025-12-01T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		clock("2026-01-05T10:00");
		walk.decide(day("2025-12-19"))
			.deliver(day("2025-12-22"))
			.act("hr-prob", "Task_RecordAppeal",
					Map.of("type", "OBJECTION", "filedOn", "2025-12-23", "grounds", "Keberatan atas hukuman"));

		// Christmas 2025, New Year and Isra Mikraj (16 January 2026) skipped
		assertDueWithReminders(walk, "Task_DecideObjection", day("2026-01-27"));
	}

	@Test
	void reportsTheFollowUpWithinFiveWorkingDaysOfTheWindowsEnd() {
		clock("2025-12-01T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		clock("2025-12-15T10:00");
		walk.decide(day("2025-12-11")).deliver(day("2025-12-12"));
		Job windowEnd = timers(task(walk, "Task_RecordAppeal")).get(0);
		assertThat(windowEnd.getDuedate().toInstant()).isEqualTo(TestCalendar.endOfDayWib(day("2026-01-06")));

		clock("2026-01-08T10:00");
		this.management.executeJob(windowEnd.getId());

		// the window ended on 6 January 2026: the follow-up counts from then, not from
		// the
		// day the timer ran
		assertDueWithReminders(walk, "Task_ReportFollowUp", day("2026-01-13"));
	}

	@Test
	void reportsTheFollowUpOfARejectionWithinFiveWorkingDaysOfTheDecision() {
		clock("2025-12-01T10:00");
		CaseWalk walk = CaseWalk.drafted(this.rest, REGION);
		clock("2026-01-05T10:00");
		walk.act("ppk-prob", "Task_DecideSanction", Map.of("outcome", "REJECT", "reason", "Bukti tidak cukup",
				"decidedOn", "2025-12-22", "deviationReason", "Bukti tidak cukup"));

		assertDueWithReminders(walk, "Task_ReportFollowUp", day("2025-12-31"));
	}

	/**
	 * The step waits, due at the end of its last day, with its reminder at that moment
	 * and its escalation 3 working days later.
	 */
	private void assertDueWithReminders(CaseWalk walk, String step, LocalDate lastDay) {
		Instant due = TestCalendar.endOfDayWib(lastDay);
		assertThat(Instant.parse(walk.step(step).get("dueAt").asText())).as("due date of %s", step).isEqualTo(due);
		assertThat(timers(task(walk, step))).extracting((job) -> job.getDuedate().toInstant())
			.as("reminder and escalation of %s", step)
			.containsExactly(due, TestCalendar.endOfDayWib(TestCalendar.workingDaysAfter(lastDay, 3)));
	}

	/** The step waits, due at the end of its last day, when its own timer ends it. */
	private void assertDueEndedByTimer(CaseWalk walk, String step, LocalDate lastDay, String timer) {
		Instant due = TestCalendar.endOfDayWib(lastDay);
		assertThat(Instant.parse(walk.step(step).get("dueAt").asText())).as("due date of %s", step).isEqualTo(due);
		Task task = task(walk, step);
		assertThat(timers(task)).extracting((job) -> job.getDuedate().toInstant()).containsExactly(due);
		assertThat(this.management.createJobQuery()
			.processInstanceId(task.getProcessInstanceId())
			.activityId(timer)
			.singleResult()
			.getDuedate()
			.toInstant()).as("%s", timer).isEqualTo(due);
	}

	private Task task(CaseWalk walk, String step) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.taskDefinitionKey(step)
			.singleResult();
	}

	private List<Job> timers(Task task) {
		return this.management.createJobQuery()
			.processInstanceId(task.getProcessInstanceId())
			.timers()
			.orderByJobDuedate()
			.asc()
			.list();
	}

	private static void clock(String wib) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(wib + "+07:00").toInstant()));
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}

}
