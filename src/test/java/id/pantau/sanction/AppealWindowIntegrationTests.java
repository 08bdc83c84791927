package id.pantau.sanction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
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
 * The appeal window counts from the delivery on record: HR's queue, the window's timer
 * and the refusal of a late filing name the same last day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class AppealWindowIntegrationTests {

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
	void countsTheAppealWindowFromTheRecordedDeliveryInQueueTimerAndRefusal() {
		ClockUtil.setCurrentTime(wib("2026-09-25T10:00:00"));
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		ClockUtil.setCurrentTime(wib("2026-11-25T10:00:00"));
		walk.decide(LocalDate.parse("2026-10-19")).deliver(LocalDate.parse("2026-10-20"));
		// 14 working days after Tuesday 20 October 2026
		Instant lastMoment = TestCalendar.endOfDayWib(LocalDate.parse("2026-11-09"));

		JsonNode queued = queuedAppealStep(walk.caseNumber());
		assertThat(Instant.parse(queued.get("dueAt").asText())).isEqualTo(lastMoment);
		assertThat(queued.get("overdue").asBoolean()).isTrue();
		Task recordAppeal = this.tasks.createTaskQuery().processInstanceBusinessKey(walk.caseNumber()).singleResult();
		Job windowEnd = this.management.createJobQuery()
			.processInstanceId(recordAppeal.getProcessInstanceId())
			.activityId("Timer_AppealWindowExpired")
			.singleResult();
		assertThat(windowEnd.getDuedate().toInstant()).isEqualTo(lastMoment);

		Api hr = Api.as(this.rest, "hr-prob");
		hr.post("/api/tasks/" + recordAppeal.getId() + "/claim");
		ResponseEntity<JsonNode> late = hr.post("/api/tasks/" + recordAppeal.getId() + "/complete",
				Map.of("type", "OBJECTION", "filedOn", "2026-11-10", "grounds", "Keberatan"));
		assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(late.getBody().get("deadline").asText()).isEqualTo("2026-11-09");
		ResponseEntity<JsonNode> inTime = hr.post("/api/tasks/" + recordAppeal.getId() + "/complete",
				Map.of("type", "OBJECTION", "filedOn", "2026-11-09", "grounds", "Keberatan"));
		assertThat(inTime.getStatusCode()).as("%s", inTime.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void recordsTheEmployeesWrittenAcceptanceAndClosesTheWindowEarlyOnRecord() {
		ClockUtil.setCurrentTime(wib("2026-09-25T10:00:00"));
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		CaseWalk other = CaseWalk.registered(this.rest, "probolinggo");
		ClockUtil.setCurrentTime(wib("2026-11-04T10:00:00"));
		walk.decide(LocalDate.parse("2026-10-19")).deliver(LocalDate.parse("2026-10-20"));
		long statement = walk.uploadDocument("hr-prob", "surat-pernyataan.pdf");
		long elsewhere = other.uploadDocument("intake-prob", "bukti.pdf");
		String taskId = walk.taskId("Task_RecordAppeal");
		Api hr = Api.as(this.rest, "hr-prob");
		hr.post("/api/tasks/" + taskId + "/claim");

		ResponseEntity<JsonNode> undated = hr.post("/api/tasks/" + taskId + "/complete",
				Map.of("choice", "ACCEPTED_WITHOUT_APPEAL", "note", "Pernyataan menerima"));
		ResponseEntity<JsonNode> foreignFile = hr.post("/api/tasks/" + taskId + "/complete",
				Map.of("choice", "ACCEPTED_WITHOUT_APPEAL", "acceptedOn", "2026-11-03", "note", "Pernyataan menerima",
						"statementFileId", elsewhere));
		ResponseEntity<JsonNode> accepted = hr.post("/api/tasks/" + taskId + "/complete",
				Map.of("choice", "ACCEPTED_WITHOUT_APPEAL", "acceptedOn", "2026-11-03", "note",
						"Pegawai menyatakan menerima SK secara tertulis", "statementFileId", statement));

		assertThat(undated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(undated.getBody().at("/errors/0/field").asText()).isEqualTo("acceptedOn");
		assertThat(foreignFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(foreignFile.getBody().at("/errors/0/field").asText()).isEqualTo("statementFileId");
		assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(walk.steps()).containsExactly("Task_ReportFollowUp");
		// the follow-up counts from the statement: 5 working days after Tuesday 3
		// November
		assertThat(Instant.parse(walk.step("Task_ReportFollowUp").get("dueAt").asText()))
			.isEqualTo(TestCalendar.endOfDayWib(LocalDate.parse("2026-11-10")));
		JsonNode decision = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/decision").getBody();
		assertThat(decision.at("/decision/acceptance/acceptedOn").asText()).isEqualTo("2026-11-03");
		assertThat(decision.at("/decision/acceptance/statementFileId").asLong()).isEqualTo(statement);
		assertThat(decision.at("/decision/acceptance/recordedBy").asText()).isEqualTo("hr-prob");
		assertThat(decision.get("appeals")).isEmpty();
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/history").getBody();
		assertThat(history.findValuesAsText("detail")).anyMatch((d) -> d.contains("ACCEPTED_WITHOUT_APPEAL"))
			.anyMatch((d) -> d.contains("acceptedOn") && d.contains("2026-11-03"));
	}

	private JsonNode queuedAppealStep(String number) {
		JsonNode page = Api.as(this.rest, "hr-prob")
			.get("/api/tasks?view=group&step=Task_RecordAppeal&size=100")
			.getBody();
		for (JsonNode row : page.get("content")) {
			if (number.equals(row.get("caseNumber").asText())) {
				return row;
			}
		}
		throw new AssertionError("Case " + number + " is not in HR's queue: " + page);
	}

	private static Date wib(String localDateTime) {
		return Date.from(OffsetDateTime.parse(localDateTime + "+07:00").toInstant());
	}

}
