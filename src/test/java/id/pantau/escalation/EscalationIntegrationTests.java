package id.pantau.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import id.pantau.calendar.Deadlines;
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
 * Deadlines across Idul Fitri 2024 with its collective leave, the reminder at the
 * deadline and the escalation after the grace period, each once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class EscalationIntegrationTests {

	/** Friday 5 April 2024, 10:00 WIB: the next working day is Tuesday 16 April. */
	private static final Instant BEFORE_IDUL_FITRI = Instant.parse("2024-04-05T03:00:00Z");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	Deadlines deadlines;

	@Autowired
	Notifications notifications;

	@Autowired
	Notifier notifier;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void countsDeadlinesAcrossIdulFitriAndItsCollectiveLeave() {
		LocalDate friday = LocalDate.of(2024, 4, 5);

		// 8, 9, 12, 15 April collective leave, 10-11 April Idul Fitri, 1 May Labour Day
		assertThat(this.deadlines.workingDaysAfter(friday, "decide-sanction")).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(this.deadlines.workingDaysAfter(friday, "deliver-decision")).isEqualTo(LocalDate.of(2024, 5, 6));
		assertThat(this.deadlines.workingDaysAfter(friday, "verify-case")).isEqualTo(LocalDate.of(2024, 4, 22));
		assertThat(this.deadlines.workingDaysAfter(friday, "summons-notice")).isEqualTo(LocalDate.of(2024, 4, 24));
		assertThat(Date.from(this.deadlines.endOf(LocalDate.of(2024, 5, 6), "probolinggo")))
			.isEqualTo(wib("2024-05-06T23:59:59"));
	}

	@Test
	void remindsAtTheDeadlineAndEscalatesAfterTheGracePeriodOnceEach() {
		ClockUtil.setCurrentTime(Date.from(BEFORE_IDUL_FITRI));
		Map<String, Object> registration = CaseFixture.withEmployee(
				CaseFixture.registration("probolinggo", CaseWalk.uniqueReference()), "nip", CaseWalk.uniqueNip());
		registration.put("receivedOn", "2024-04-05");
		registration.put("referenceDate", "2024-04-03");
		ResponseEntity<JsonNode> registered = Api.as(this.rest, "intake-prob").post("/api/cases", registration);
		assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		String number = registered.getBody().get("caseNumber").asText();
		Task verify = this.tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
		assertThat(verify.getDueDate()).isEqualTo(wib("2024-04-22T23:59:59"));
		List<Job> timers = this.management.createJobQuery()
			.processInstanceId(verify.getProcessInstanceId())
			.timers()
			.orderByJobDuedate()
			.asc()
			.list();
		assertThat(timers).extracting(Job::getDuedate)
			.containsExactly(wib("2024-04-22T23:59:59"), wib("2024-04-25T23:59:59"));

		ClockUtil.setCurrentTime(Date.from(wib("2024-04-23T08:00:00").toInstant()));
		this.management.executeJob(timers.get(0).getId());

		assertThat(this.tasks.getVariableLocal(verify.getId(), "overdue")).isEqualTo(true);
		assertThat(this.management.createJobQuery().jobId(timers.get(0).getId()).count())
			.as("the reminder's job is gone: a restarted engine cannot fire it again")
			.isZero();
		assertThat(this.management.createJobQuery().jobId(timers.get(1).getId()).singleResult().getDuedate())
			.as("the escalation waits in the database")
			.isEqualTo(wib("2024-04-25T23:59:59"));
		Notification reminder = this.notifications.ofCase(number).get(0);
		this.notifier.send(reminder);
		assertThat(this.notifications.ofCase(number)).containsExactly(reminder);
		assertThat(reminder.kind()).isEqualTo("OVERDUE_REMINDER");
		assertThat(reminder.recipientRole()).isEqualTo("intake");

		this.management.executeJob(timers.get(1).getId());

		assertThat(this.notifications.ofCase(number)).extracting(Notification::kind, Notification::recipientRole)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OVERDUE_REMINDER", "intake"),
					org.assertj.core.groups.Tuple.tuple("ESCALATION", "chief-inspector"));
		assertThat(escalated("inspektur-prob")).contains(number);
		assertThat(escalated("inspektur-pmk")).doesNotContain(number);
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + number + "/history").getBody();
		assertThat(history.findValuesAsText("type")).contains("NOTIFICATION_SENT");
	}

	@Test
	void listsOverduePpkStepsForAdministratorsOnly() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		Task decide = this.tasks.createTaskQuery().processInstanceBusinessKey(walk.caseNumber()).singleResult();
		Job escalation = this.management.createJobQuery()
			.processInstanceId(decide.getProcessInstanceId())
			.timers()
			.orderByJobDuedate()
			.desc()
			.list()
			.get(0);

		this.management.executeJob(escalation.getId());

		ResponseEntity<JsonNode> list = Api.as(this.rest, "admin").get("/api/admin/ppk-overdue");
		assertThat(list.getBody().findValuesAsText("caseNumber")).contains(walk.caseNumber());
		assertThat(list.getBody().findValuesAsText("stepKey")).contains("Task_DecideSanction");
		assertThat(Api.as(this.rest, "ppk-prob").get("/api/admin/ppk-overdue").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private List<String> escalated(String user) {
		return Api.as(this.rest, user).get("/api/escalations").getBody().findValuesAsText("caseNumber");
	}

	private static Date wib(String localDateTime) {
		return Date.from(OffsetDateTime.parse(localDateTime + "+07:00").toInstant());
	}

}
