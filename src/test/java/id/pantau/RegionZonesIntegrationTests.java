package id.pantau;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.identity.Authorities;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each region lives in its own zone: Probolinggo in WIB (UTC+7), Buleleng in WITA
 * (UTC+8). Deadlines end, "today" turns and hearings begin by the region's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class RegionZonesIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void endsTheSameDeadlineInBulelengAnHourBeforeProbolinggo() {
		clock("2024-04-16T03:00:00Z");
		CaseWalk probolinggo = CaseWalk.registered(this.rest, "probolinggo", LocalDate.parse("2024-04-04"));
		CaseWalk buleleng = CaseWalk.registered(this.rest, "buleleng", LocalDate.parse("2024-04-04"));

		Instant wib = due(probolinggo, "Task_VerifyCase");
		Instant wita = due(buleleng, "Task_VerifyCase");

		assertThat(wib).isEqualTo(OffsetDateTime.parse("2024-04-19T23:59:59+07:00").toInstant());
		assertThat(wita).isEqualTo(OffsetDateTime.parse("2024-04-19T23:59:59+08:00").toInstant());
		assertThat(Duration.between(wita, wib)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void judgesTodayByTheRegionsOwnClock() {
		// 23:30 on 2 March 2026 in Probolinggo is already 00:30 on 3 March in Buleleng
		clock("2026-03-02T16:30:00Z");
		LocalDate march3 = LocalDate.parse("2026-03-03");

		ResponseEntity<JsonNode> buleleng = register("buleleng", march3);
		ResponseEntity<JsonNode> probolinggo = register("probolinggo", march3);

		assertThat(buleleng.getStatusCode()).as("%s", buleleng.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(probolinggo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(probolinggo.getBody().at("/errors/0/field").asText()).isEqualTo("receivedOn");
	}

	@Test
	void holdsAHearingInBulelengAtWitaTimeAndRecordsAttendanceOnceItHasBegun() throws Exception {
		clock("2026-02-20T02:00:00Z");
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "buleleng", "insp1-bll", "insp2-bll")
			.summon(LocalDate.parse("2026-02-20"), LocalDateTime.parse("2026-03-10T09:00"));
		String taskId = walk.taskId("Task_RecordAttendance");
		Api inspector = Api.as(this.rest, "insp1-bll");
		inspector.post("/api/tasks/" + taskId + "/claim");

		// 08:30 WITA: half an hour before the hearing, though 09:30 in Jakarta
		clock("2026-03-10T00:30:00Z");
		ResponseEntity<JsonNode> early = inspector.post("/api/tasks/" + taskId + "/complete",
				Map.of("attended", false));
		clock("2026-03-10T01:00:00Z");
		ResponseEntity<JsonNode> onTime = inspector.post("/api/tasks/" + taskId + "/complete",
				Map.of("attended", false));

		assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(early.getBody().at("/errors/0/field").asText()).isEqualTo("attended");
		assertThat(early.getBody().at("/errors/0/message").asText()).contains("2026-03-10", "09:00", "WITA");
		assertThat(onTime.getStatusCode()).as("%s", onTime.getBody()).isEqualTo(HttpStatus.OK);
		String page = casePage(walk.caseNumber());
		assertThat(page).contains("10 Maret 2026 09.00 WITA");
	}

	private String casePage(String number) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		return mvc
			.perform(get("/cases/" + number)
				.with(user("insp1-bll").authorities(Authorities.of(Set.of("inspector"), Set.of("buleleng")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResponseEntity<JsonNode> register(String region, LocalDate receivedOn) {
		return Api.as(this.rest, "intake-" + CaseWalk.suffix(region))
			.post("/api/cases",
					CaseWalk.registration(region, CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), receivedOn));
	}

	private static Instant due(CaseWalk walk, String step) {
		return Instant.parse(walk.step(step).get("dueAt").asText());
	}

	private static void clock(String utc) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(utc)));
	}

}
