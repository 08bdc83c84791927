package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Summons and attendance as PP 94/2021 art. 31 and office practice have them: hearings on
 * working days inside office hours, at least 7 working days after their letter;
 * attendance recorded once the hearing has begun; a second summons only after the missed
 * hearing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class SummonsRulesIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void refusesAHearingOnAWeekendOrAHoliday() {
		clock("2024-04-16T10:00");
		Step summons = claimed(CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob"),
				"Task_IssueSummons");

		ResponseEntity<JsonNode> saturday = summons.complete(summons("2024-04-16", "2024-04-27T09:00"));
		ResponseEntity<JsonNode> labourDay = summons.inEnglish().complete(summons("2024-04-16", "2024-05-01T09:00"));

		assertRefused(saturday, "hearingAt", "pemeriksaan harus pada hari kerja; 2024-04-27 bukan hari kerja");
		assertRefused(labourDay, "hearingAt", "the hearing must be on a working day; 2024-05-01 is not one");
		assertThat(summons.complete(summons("2024-04-16", "2024-04-30T09:00")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesAHearingOutsideOfficeHours() {
		clock("2024-04-16T10:00");
		Step summons = claimed(CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob"),
				"Task_IssueSummons");

		ResponseEntity<JsonNode> early = summons.complete(summons("2024-04-16", "2024-04-30T07:59"));
		ResponseEntity<JsonNode> closing = summons.inEnglish().complete(summons("2024-04-16", "2024-04-30T16:00"));

		assertRefused(early, "hearingAt",
				"pemeriksaan harus dimulai pada jam kerja, pukul 08:00 sampai sebelum 16:00 waktu setempat");
		assertRefused(closing, "hearingAt",
				"the hearing must begin within office hours, from 08:00 until before 16:00 local time");
		assertThat(summons.complete(summons("2024-04-16", "2024-04-30T08:00")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void recordsNeitherPresenceNorAbsenceBeforeTheHearingHasBegun() {
		clock("2024-04-16T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob")
			.summon(LocalDate.parse("2024-04-16"), LocalDateTime.parse("2024-04-30T13:00"));
		Step attendance = claimed(walk, "Task_RecordAttendance");

		clock("2024-04-30T12:59");
		ResponseEntity<JsonNode> present = attendance.complete(Map.of("attended", true));
		ResponseEntity<JsonNode> absent = attendance.inEnglish().complete(Map.of("attended", false));

		assertRefused(present, "attended",
				"kehadiran baru dapat dicatat setelah waktu pemeriksaan (2024-04-30 pukul 13:00 WIB)");
		assertRefused(absent, "attended",
				"attendance can be recorded once the hearing time has come (2024-04-30 at 13:00 WIB)");
		clock("2024-04-30T13:00");
		assertThat(attendance.complete(Map.of("attended", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void refusesASecondSummonsIssuedBeforeTheMissedHearing() {
		Step second = secondSummons();

		ResponseEntity<JsonNode> beforeAbsence = second.complete(summons("2024-04-24", "2024-05-08T09:00"));

		assertRefused(beforeAbsence, "issuedOn",
				"panggilan kedua menyusul ketidakhadiran pada pemeriksaan tanggal 2024-04-25: terbitkan pada tanggal itu atau sesudahnya");
	}

	@Test
	void givesTheSecondHearingSevenWorkingDaysOfNoticeLikeTheFirst() {
		Step second = secondSummons();

		ResponseEntity<JsonNode> early = second.complete(summons("2024-04-26", "2024-05-07T09:00"));

		// 7 working days after Friday 26 April 2024, Labour Day skipped
		assertRefused(early, "hearingAt",
				"pemeriksaan paling cepat 7 hari kerja setelah surat panggilan, yaitu 2024-05-08");
		assertThat(second.complete(summons("2024-04-26", "2024-05-08T09:00")).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	/**
	 * The employee missed the hearing of 25 April 2024; the team's second summons waits.
	 */
	private Step secondSummons() {
		clock("2024-04-16T10:00");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob")
			.summon(LocalDate.parse("2024-04-16"), LocalDateTime.parse("2024-04-25T09:00"));
		clock("2024-04-26T10:00");
		walk.attend(false);
		return claimed(walk, "Task_IssueSummons");
	}

	private Step claimed(CaseWalk walk, String step) {
		Step claimed = new Step(Api.as(this.rest, "insp1-prob"), walk.taskId(step));
		claimed.api().post("/api/tasks/" + claimed.taskId() + "/claim");
		return claimed;
	}

	private static Map<String, Object> summons(String issuedOn, String hearingAt) {
		return Map.of("letterNumber", "700/" + issuedOn, "issuedOn", issuedOn, "hearingAt", hearingAt, "place",
				"Kantor Inspektorat");
	}

	private static void assertRefused(ResponseEntity<JsonNode> response, String field, String message) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
		assertThat(response.getBody().at("/errors/0/message").asText()).isEqualTo(message);
	}

	private static void clock(String wib) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(wib + "+07:00").toInstant()));
	}

	/** A claimed task and the API of the one who holds it. */
	private record Step(Api api, String taskId) {

		Step inEnglish() {
			return new Step(this.api.inEnglish(), this.taskId);
		}

		ResponseEntity<JsonNode> complete(Map<String, ?> payload) {
			return this.api.post("/api/tasks/" + this.taskId + "/complete", payload);
		}

	}

}
