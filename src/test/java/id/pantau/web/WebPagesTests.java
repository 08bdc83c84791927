package id.pantau.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.identity.Authorities;
import id.pantau.intake.CaseDirectory;
import id.pantau.shared.StepDefinition;
import id.pantau.tasks.Steps;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' security: CSRF, headers, login, role-based navigation with the server's
 * refusal behind it, escaped output, and the language of pages and API. Same application
 * context as the other full-stack tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class WebPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Steps steps;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	CaseDirectory cases;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	org.camunda.bpm.engine.TaskService engineTasks;

	@Autowired
	org.camunda.bpm.engine.ManagementService management;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void refusesAFormPostedByTheAuditorBeforeReadingItAndRecordsIt() throws Exception {
		long before = this.cases.count();

		this.mvc.perform(post("/cases/new").with(as("auditor", "auditor")).with(csrf()).param("region", "probolinggo"))
			.andExpect(status().isForbidden());

		assertThat(this.cases.count()).isEqualTo(before);
		assertThat(this.jdbc.queryForList(
				"select subject from audit_log where action = 'WRITE_REFUSED' and actor = 'auditor'", String.class))
			.contains("POST /cases/new");
	}

	@Test
	void logsInWithTheFormAndStartsAtMyWork() throws Exception {
		this.mvc.perform(post("/login").with(csrf()).param("username", "ppk-prob").param("password", "Pantau#Demo2024"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/login").with(csrf()).param("username", "ppk-prob").param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/").with(as("ppk-prob", "ppk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perlu tindakan saya")));
		this.mvc.perform(get("/").with(as("auditor", "auditor"))).andExpect(redirectedUrl("/audit"));
	}

	@Test
	void showsEachRoleOnlyItsOwnMenuAndRefusesTheRest() throws Exception {
		this.mvc.perform(get("/work").with(as("insp1-prob", "inspector")))
			.andExpect(content().string(containsString("id=\"nav-work\"")))
			.andExpect(content().string(not(containsString("id=\"nav-register\""))))
			.andExpect(content().string(not(containsString("id=\"nav-audit\""))));
		this.mvc.perform(get("/cases/new").with(as("insp1-prob", "inspector"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(as("insp1-prob", "inspector")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("hanya untuk peran: auditor, admin")));

		this.mvc.perform(get("/work").with(as("intake-prob", "intake")))
			.andExpect(content().string(containsString("id=\"nav-register\"")));
		this.mvc.perform(get("/audit").with(as("auditor", "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-audit\"")))
			.andExpect(content().string(not(containsString("id=\"nav-work\""))))
			.andExpect(content().string(not(containsString("id=\"nav-register\""))));
	}

	@Test
	void showsATaskSomeoneElseHoldsReadOnlyWithItsHolderAndRefusesCompletingIt() throws Exception {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob", "insp2-prob");
		String taskId = walk.taskId("Task_IssueSummons");
		this.mvc.perform(post("/tasks/" + taskId + "/claim").with(as("insp1-prob", "inspector")).with(csrf()))
			.andExpect(redirectedUrl("/tasks/" + taskId));

		this.mvc.perform(get("/tasks/" + taskId).with(as("insp2-prob", "inspector")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("sedang dikerjakan oleh Bambang Wicaksono (Inspektur Pembantu)")))
			.andExpect(content().string(not(containsString("id=\"step-form\""))))
			.andExpect(content().string(not(containsString("id=\"claim\""))));
		this.mvc
			.perform(post("/tasks/" + taskId + "/complete").with(as("insp2-prob", "inspector"))
				.with(csrf())
				.param("letterNumber", "700/X")
				.param("place", "Kantor"))
			.andExpect(status().isForbidden());
		assertThat(walk.assignee("Task_IssueSummons")).isEqualTo("insp1-prob");
	}

	@Test
	void recordsThroughTheAppealStepsFormThatTheEmployeeAcceptedTheDecision() throws Exception {
		LocalDate today = TestCalendar.today();
		CaseWalk walk = CaseWalk.delivered(this.rest, "probolinggo", today.minusDays(3), today.minusDays(2));
		long statement = walk.uploadDocument("hr-prob", "surat-pernyataan.pdf");
		String taskId = walk.taskId("Task_RecordAppeal");
		this.mvc.perform(post("/tasks/" + taskId + "/claim").with(as("hr-prob", "hr")).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/tasks/" + taskId).with(as("hr-prob", "hr")))
			.andExpect(content().string(containsString("Pegawai menerima keputusan secara tertulis, tanpa upaya")))
			.andExpect(content().string(containsString("Tanggal surat pernyataan menerima")))
			.andExpect(content().string(containsString("surat-pernyataan.pdf")));
		this.mvc.perform(get("/tasks/" + taskId).with(as("hr-prob", "hr")).cookie(new Cookie("pantau-lang", "en")))
			.andExpect(content().string(containsString("The employee accepts the decision in writing, without appeal")))
			.andExpect(content().string(containsString("Date of the written statement of acceptance")));
		this.mvc
			.perform(post("/tasks/" + taskId + "/complete").with(as("hr-prob", "hr"))
				.with(csrf())
				.param("choice", "ACCEPTED_WITHOUT_APPEAL")
				.param("acceptedOn", today.minusDays(1).toString())
				.param("note", "Pernyataan tertulis diterima")
				.param("statementFileId", Long.toString(statement)))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flashCase", walk.caseNumber()));

		assertThat(walk.steps()).containsExactly("Task_ReportFollowUp");
		this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("hr-prob", "hr")))
			.andExpect(content().string(containsString("Pegawai menerima keputusan secara tertulis tanpa upaya")));
	}

	@Test
	void escapesWhatPeopleTyped() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		this.mvc
			.perform(post("/tasks/" + walk.taskId("Task_VerifyCase") + "/claim").with(as("intake-prob", "intake"))
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/tasks/" + walk.taskId("Task_VerifyCase") + "/complete").with(as("intake-prob", "intake"))
				.with(csrf())
				.param("outcome", "ACCEPTED")
				.param("note", "<script>alert('x')</script>"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("auditor", "auditor")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void speaksIndonesianUntilEnglishIsChosenWhileTheApiFollowsAcceptLanguage() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("Masuk ke Pantau")));
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Log in to Pantau")))
			.andExpect(header().string("Set-Cookie", containsString("pantau-lang=en")));
		this.mvc.perform(get("/login").cookie(new Cookie("pantau-lang", "en")))
			.andExpect(content().string(containsString("Log in to Pantau")));

		this.mvc
			.perform(get("/api/cases/PROB-1900-99999").with(as("auditor", "auditor"))
				.cookie(new Cookie("pantau-lang", "en")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("tidak ditemukan")));
		this.mvc
			.perform(get("/api/cases/PROB-1900-99999").with(as("auditor", "auditor")).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("not found")));
	}

	@Test
	void rendersTheFormOfEveryStep() {
		for (StepDefinition<?> step : this.steps.definitions()) {
			Context page = new Context(Locale.forLanguageTag("id"));
			page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(this.context, null));
			page.setVariable("form", new LinkedMultiValueMap<String, String>());
			page.setVariable("errors", Map.of());
			page.setVariable("payloadType", step.payloadType());
			String html = this.templates.process("steps/" + step.key(), Set.of("form"), page);
			assertThat(html).as(step.key()).contains("name=\"").doesNotContain("??");
		}
	}

	@Test
	void addsEvidenceOnTheCasePageAndDownloadsItCheckedAgainstItsHash() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String files = "/cases/" + walk.caseNumber() + "/files";
		byte[] text = "Tangkapan layar unggahan kampanye".getBytes(StandardCharsets.UTF_8);
		this.mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "bukti.txt", "text/plain", text))
				.with(as("intake-prob", "intake"))
				.with(csrf()))
			.andExpect(redirectedUrl("/cases/" + walk.caseNumber() + "#documents"))
			.andExpect(flash().attribute("flash", containsString("bukti.txt")));
		this.mvc
			.perform(multipart(files)
				.file(new MockMultipartFile("file", "palsu.pdf", "application/pdf", "bukan PDF".getBytes()))
				.with(as("intake-prob", "intake"))
				.with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("application/pdf")));
		this.mvc
			.perform(multipart(files).file(new MockMultipartFile("file", "audit.txt", "text/plain", text))
				.with(as("auditor", "auditor"))
				.with(csrf()))
			.andExpect(status().isForbidden());

		String page = this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("auditor", "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-document\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile(Pattern.quote(files) + "/\\d+").matcher(page);
		assertThat(link.find()).as("the stored file is listed with a download link").isTrue();
		assertThat(link.find()).as("only the valid file was stored").isFalse();
		link.reset().find();
		this.mvc.perform(get(link.group()).with(as("auditor", "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().bytes(text))
			.andExpect(header().string("X-Content-SHA256",
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text))));
		this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("intake-prob", "intake")))
			.andExpect(content().string(containsString("id=\"add-document\"")));
	}

	@Test
	void showsTheSanctionTablesEvaluationsForTheReportInTheCasePagesHistory() throws Exception {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");

		String page = this.mvc
			.perform(get("/cases/" + walk.caseNumber()).param("history", "technical").with(as("auditor", "auditor")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		Matcher evaluated = Pattern.compile("data-type=\"DECISION_EVALUATED\"[^>]*>(.*?)</li>", Pattern.DOTALL)
			.matcher(page);
		List<String> entries = new java.util.ArrayList<>();
		while (evaluated.find()) {
			entries.add(evaluated.group(1));
		}
		assertThat(entries).as("DECISION_EVALUATED entries on the case page")
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e).contains("Tabel keputusan dievaluasi",
					"Bambang Wicaksono (Inspektur Pembantu)"))
			.anySatisfy((e) -> assertThat(e).contains("SanctionRecommendation"));
	}

	@Test
	void showsOverdueStepsEscalatedToMeOnMyWorkUntilTheyAreDone() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		org.camunda.bpm.engine.task.Task verify = this.engineTasks.createTaskQuery()
			.processInstanceBusinessKey(walk.caseNumber())
			.singleResult();
		this.management.createJobQuery()
			.processInstanceId(verify.getProcessInstanceId())
			.timers()
			.orderByJobDuedate()
			.asc()
			.list()
			.forEach((timer) -> this.management.executeJob(timer.getId()));

		assertThat(escalationsOnMyWork("inspektur-prob")).contains(walk.caseNumber());
		assertThat(escalationsOnMyWork("inspektur-pmk")).doesNotContain(walk.caseNumber());

		walk.accept();
		assertThat(escalationsOnMyWork("inspektur-prob")).as("the step is done").doesNotContain(walk.caseNumber());
	}

	/**
	 * The escalations section of an Inspektur's My work page, empty when there is none.
	 */
	private String escalationsOnMyWork(String username) throws Exception {
		String page = this.mvc.perform(get("/work").with(as(username, "chief-inspector")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("id=\"escalations\"");
		return (start < 0) ? "" : page.substring(start, page.indexOf("</section>", start));
	}

	@Test
	void suggestsTheInspectorsOfTheCasesRegionForTheTeam() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String task = "/tasks/" + walk.taskId("Task_AssignTeam");
		this.mvc.perform(post(task + "/claim").with(as("inspektur-prob", "chief-inspector")).with(csrf()))
			.andExpect(redirectedUrl(task));
		this.mvc.perform(get(task).with(as("inspektur-prob", "chief-inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"insp1-prob\"")))
			.andExpect(content().string(containsString(">Bambang Wicaksono</label>")))
			.andExpect(content().string(containsString("value=\"insp2-prob\"")))
			.andExpect(content().string(containsString(">Rina Oktaviani</label>")))
			.andExpect(content().string(not(containsString("value=\"insp1-pmk\""))))
			.andExpect(content().string(not(containsString("value=\"inspektur-prob\""))));
	}

	@Test
	void namesEveryTimelineEntryInTheReadersLanguage() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		for (String lang : List.of("id", "en")) {
			String page = this.mvc
				.perform(get("/cases/" + walk.caseNumber()).param("history", "all")
					.with(as("auditor", "auditor"))
					.cookie(new Cookie("pantau-lang", lang)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher label = Pattern.compile(
					"<li class=\"timeline-entry\" data-type=\"([A-Z_]+)\"[^>]*>\\s*<span[^>]*>[^<]*</span>\\s*<strong[^>]*>([^<]*)</strong>")
				.matcher(page);
			int entries = 0;
			while (label.find()) {
				entries++;
				assertThat(label.group(2)).as("%s in %s", label.group(1), lang).isNotEqualTo(label.group(1));
			}
			assertThat(entries).as("timeline entries on the page").isGreaterThan(5);
		}
	}

	@Test
	void letsOnlyAuditorsDownloadTheDossierAndTheExports() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		for (String path : List.of("/cases/" + walk.caseNumber() + "/dossier.pdf", "/audit/cases.xlsx",
				"/audit/cases.csv")) {
			this.mvc.perform(get(path).with(as("intake-prob", "intake")))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("text/html"));
			this.mvc.perform(get(path).with(as("auditor", "auditor")).param("employeeNip", walk.nip()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")));
		}
	}

	private static RequestPostProcessor as(String username, String role) {
		Set<String> regions = username.equals("auditor") ? Set.of("probolinggo", "pamekasan")
				: Set.of(username.endsWith("-pmk") ? "pamekasan" : "probolinggo");
		return user(username).authorities(Authorities.of(Set.of(role), regions));
	}

}
