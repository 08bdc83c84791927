package id.pantau.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A page never drops an error: one case walks the whole route, and at each step every
 * refusal of that step is sent to the step's page and to the API alike. Each message the
 * API answers is on the page, in the summary at the top (which lists every message) and,
 * when the page has the field, beside it; nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class StepRefusalPagesTests {

	private static final Pattern SUMMARY = Pattern.compile("id=\"error-summary\".*?</ul>", Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<li data-field=\"([^\"]*)\">(.*?)</li>", Pattern.DOTALL);

	private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z0-9_]+\\b");

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestRestTemplate rest;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void showsEveryRefusalOfEveryStepOnItsPage() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		LocalDate today = TestCalendar.today();
		LocalDate issued = today.minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		String future = today.plusYears(5).toString();

		step(walk, "intake-prob", "intake", "Task_VerifyCase", Map.of("outcome", "ACCEPTED"), Map.of(),
				Map.of("outcome", "NOT_OUR_AUTHORITY"), Map.of("outcome", "INCOMPLETE"), Map.of("outcome", "MAYBE"));
		step(walk, "inspektur-prob", "chief-inspector", "Task_AssignTeam",
				Map.of("members", List.of("insp1-prob", "insp2-prob"), "examinationBoard", false), Map.of(),
				Map.of("members", List.of("insp1-prob", "insp1-prob")),
				Map.of("members", List.of("insp1-prob"), "examinationBoard", true));
		Map<String, Object> summons = Map.of("letterNumber", "700/" + walk.caseNumber(), "issuedOn", issued.toString(),
				"hearingAt", hearing.atTime(9, 0).toString(), "place", "Kantor Inspektorat");
		step(walk, "insp1-prob", "inspector", "Task_IssueSummons", summons, Map.of(),
				with(summons, "hearingAt", issued.plusDays(1).atTime(9, 0).toString()),
				with(summons, "hearingAt", hearing.atTime(22, 0).toString()),
				with(summons, "issuedOn", issued.minusYears(1).toString()));
		step(walk, "insp1-prob", "inspector", "Task_RecordAttendance", Map.of("attended", true), Map.of());
		Map<String, Object> minutes = Map.of("examinedOn", hearing.toString(), "summary", "Pegawai mengakui.",
				"signedByEmployee", true);
		step(walk, "insp2-prob", "inspector", "Task_ExamineEmployee", minutes, Map.of(),
				with(minutes, "signedByEmployee", false), with(minutes, "examinedOn", hearing.minusDays(3).toString()));
		Map<String, Object> report = Map.of("proven", true, "actsProven", List.of("SOCMED_INTERACT"), "findings",
				"Terbukti.", "legalBasis", "PP 94/2021 Pasal 5 huruf n", "recommendedSanction", "DEMOTION_12_MONTHS");
		step(walk, "insp1-prob", "inspector", "Task_WriteReport", report, Map.of(),
				Map.of("proven", true, "findings", "Terbukti."),
				Map.of("proven", false, "findings", "Tidak.", "actsProven", List.of("SOCMED_INTERACT")),
				with(report, "legalBasis", null), with(report, "recommendedSanction", null));
		step(walk, "inspektur-prob", "chief-inspector", "Task_ReviewReport", Map.of("approved", true), Map.of(),
				Map.of("approved", false));
		step(walk, "hr-prob", "hr", "Task_DraftDecision",
				Map.of("draftNumber", "800/" + walk.caseNumber(), "proposedSanction", "DEMOTION_12_MONTHS"), Map.of(),
				Map.of("draftNumber", "800/1", "proposedSanction", "CONTRACT_TERMINATION"));
		Map<String, Object> decision = Map.of("outcome", "APPROVE", "decreeNumber", "SK-" + walk.caseNumber(),
				"decidedOn", today.toString());
		step(walk, "ppk-prob", "ppk", "Task_DecideSanction", decision, Map.of(), with(decision, "decreeNumber", null),
				with(decision, "decidedOn", future), with(decision, "decidedOn", today.minusYears(1).toString()),
				Map.of("outcome", "CHANGE", "sanction", "WRITTEN_REPRIMAND", "reason", "Ringan.", "decreeNumber",
						"SK-1", "decidedOn", today.toString()),
				Map.of("outcome", "CHANGE", "sanction", "DEMOTION_12_MONTHS", "reason", "Sama.", "decreeNumber", "SK-1",
						"decidedOn", today.toString()),
				Map.of("outcome", "REJECT", "decidedOn", today.toString()));
		Map<String, Object> delivery = Map.of("deliveredOn", today.toString(), "method", "IN_PERSON");
		step(walk, "hr-prob", "hr", "Task_DeliverDecision", delivery, Map.of(),
				with(delivery, "deliveredOn", today.minusYears(1).toString()));
		Map<String, Object> acceptance = Map.of("choice", "ACCEPTED_WITHOUT_APPEAL", "acceptedOn", today.toString(),
				"note", "Menerima.");
		step(walk, "hr-prob", "hr", "Task_RecordAppeal", acceptance, Map.of(), Map.of("choice", "APPEAL_FILED"),
				Map.of("choice", "APPEAL_FILED", "type", "ADMINISTRATIVE_APPEAL", "filedOn", today.toString(),
						"grounds", "Keberatan."),
				with(acceptance, "statementFileId", 987654321), with(acceptance, "acceptedOn", future));
		Map<String, Object> followUp = Map.of("letterNumber", "FU-" + walk.caseNumber(), "reportedOn",
				today.toString());
		step(walk, "hr-prob", "hr", "Task_ReportFollowUp", followUp, Map.of(),
				with(followUp, "reportedOn", today.minusYears(1).toString()));
	}

	/**
	 * Sends each refusal to the step's page and to the API, then completes the step with
	 * the valid payload.
	 */
	@SafeVarargs
	private void step(CaseWalk walk, String username, String role, String step, Map<String, ?> valid,
			Map<String, ?>... refusals) throws Exception {
		String taskId = walk.taskId(step);
		Api api = Api.as(this.rest, username);
		assertThat(api.post("/api/tasks/" + taskId + "/claim").getStatusCode().value()).isEqualTo(200);
		for (Map<String, ?> refusal : refusals) {
			MvcResult page = this.mvc
				.perform(form(post("/tasks/" + taskId + "/complete"), refusal)
					.with(user(username).authorities(Authorities.of(Set.of(role), Set.of("probolinggo"))))
					.with(csrf()))
				.andReturn();
			ResponseEntity<JsonNode> answer = api.post("/api/tasks/" + taskId + "/complete", refusal);
			assertThat(answer.getStatusCode().is4xxClientError()).as("%s %s: %s", step, refusal, answer.getBody())
				.isTrue();
			assertThat(page.getResponse().getStatus()).as("%s %s", step, refusal)
				.isEqualTo(answer.getStatusCode().value());
			assertShown(step, refusal, page.getResponse().getContentAsString(), messages(answer.getBody()));
		}
		assertThat(walk.steps()).as("a refused step stays open").contains(step);
		ResponseEntity<JsonNode> done = api.post("/api/tasks/" + taskId + "/complete", valid);
		assertThat(done.getStatusCode().value()).as("%s: %s", step, done.getBody()).isEqualTo(200);
	}

	/** The API's messages by field; a refusal of the whole request under "_form". */
	private static Map<String, String> messages(JsonNode problem) {
		Map<String, String> messages = new LinkedHashMap<>();
		if (problem.has("errors")) {
			problem.get("errors")
				.forEach((e) -> messages.put(e.get("field").asText().replaceAll("\\[\\d*]", ""),
						e.get("message").asText()));
		}
		else {
			messages.put("_form", problem.get("detail").asText());
		}
		return messages;
	}

	private static void assertShown(String step, Map<String, ?> refusal, String html, Map<String, String> expected) {
		Matcher summary = SUMMARY.matcher(html);
		assertThat(summary.find()).as("%s %s: the error summary", step, refusal).isTrue();
		Map<String, String> shown = new LinkedHashMap<>();
		Matcher item = ITEM.matcher(summary.group());
		while (item.find()) {
			shown.put(item.group(1), HtmlUtils.htmlUnescape(item.group(2).replaceAll("<[^>]+>", "")).strip());
		}
		expected.forEach((field, message) -> {
			assertThat(shown).as("%s %s: %s", step, refusal, expected).containsKey(field);
			if (!CODE.matcher(message).find()) {
				assertThat(shown.get(field)).as("%s %s", step, field).endsWith(message);
			}
			else {
				assertThat(shown.get(field)).as("%s %s: in words, not codes", step, field).doesNotContainPattern(CODE);
			}
			if (html.contains("name=\"" + field + "\"")) {
				assertThat(html).as("%s %s: the message beside its field", step, field)
					.contains("id=\"error-" + field + "\"");
			}
		});
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, ?> payload) {
		payload.forEach((name, value) -> {
			if (value instanceof List<?> list) {
				list.forEach((v) -> request.param(name + "[]", String.valueOf(v)));
			}
			else if (value != null) {
				request.param(name, String.valueOf(value));
			}
		});
		return request;
	}

	private static Map<String, Object> with(Map<String, ?> payload, String name, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(payload);
		if (value == null) {
			changed.remove(name);
		}
		else {
			changed.put(name, value);
		}
		return changed;
	}

}
