package id.pantau.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding and doing one's work (issue 11): the action list as the home page, the stages
 * of a case, the sanction table's recommendation while the report is written and wherever
 * a sanction departs from it, search for every working role, earlier cases of the same
 * NIP, forms that guide, a help page, and pages (not JSON) for unknown URLs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ActionPagesTests {

	private static final Pattern ACTION = Pattern.compile(
			"<li class=\"[^\"]*action[^\"]*\"\\s+data-case=\"([^\"]+)\"\\s+data-due=\"([^\"]*)\"\\s+data-overdue=\"(true|false)\"");

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
	void startsAtMyTasksAndTheTasksIMayTakeMostUrgentFirst() throws Exception {
		CaseWalk old = CaseWalk.registered(this.rest, "buleleng", TestCalendar.today().minusDays(150));
		CaseWalk held = CaseWalk.registered(this.rest, "buleleng", TestCalendar.today().minusDays(1));
		String heldTask = held.taskId("Task_VerifyCase");
		Api.as(this.rest, "intake-bll").post("/api/tasks/" + heldTask + "/claim");

		String page = this.mvc.perform(get("/").with(as("intake-bll", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perlu tindakan saya")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).as("the task I may take: a button that takes it")
			.containsPattern(
					"action=\"/tasks/" + old.taskId("Task_VerifyCase") + "/claim\"[^>]*>[\\s\\S]{0,400}Ambil tugas");
		assertThat(page).as("my task: a button that opens it")
			.containsPattern("href=\"/tasks/" + heldTask + "\"[^>]*>Lanjutkan");
		List<String[]> rows = new ArrayList<>();
		Matcher row = ACTION.matcher(page);
		while (row.find()) {
			rows.add(new String[] { row.group(1), row.group(2), row.group(3) });
		}
		assertThat(rows).extracting((r) -> r[0]).contains(old.caseNumber(), held.caseNumber());
		for (int i = 1; i < rows.size(); i++) {
			String[] before = rows.get(i - 1);
			String[] after = rows.get(i);
			assertThat(before[2].equals("true") || after[2].equals("false")).as("overdue first").isTrue();
			if (before[2].equals(after[2])) {
				assertThat(before[1].compareTo(after[1])).as("earlier deadline first").isLessThanOrEqualTo(0);
			}
		}
		assertThat(page).as("overdue said in words, not by colour alone").contains("Terlambat");
	}

	@Test
	void keepsTheDeadlineAndOverdueInWordsBesideTheCaseInTheTaskList() throws Exception {
		CaseWalk.registered(this.rest, "buleleng", TestCalendar.today().minusDays(150));
		this.mvc.perform(get("/work").param("view", "group").with(as("intake-bll", "intake")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*<th>Nomor perkara</th>\\s*<th>Tenggat</th>.*")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*<td class=\"text-nowrap\"><span>[^<]+</span>\\s*<span class=\"badge[^\"]*\">Terlambat</span>.*")));
	}

	@Test
	void returnsToTheActionListWithTheConfirmationAfterAStep() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		Api.as(this.rest, "intake-prob").post("/api/tasks/" + taskId + "/claim");

		this.mvc
			.perform(post("/tasks/" + taskId + "/complete").with(as("intake-prob", "intake"))
				.with(csrf())
				.param("outcome", "ACCEPTED"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", containsString("selesai")))
			.andExpect(flash().attribute("flashCase", walk.caseNumber()));
	}

	@Test
	void showsTheStagesOfACaseWithTheCurrentOneItsOwnerAndItsDeadline() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String page = casePage(walk, "auditor", "auditor");

		assertThat(page).contains("id=\"stages\"");
		Matcher current = Pattern.compile("<li[^>]*aria-current=\"step\"[^>]*>([\\s\\S]*?)</li>").matcher(page);
		assertThat(current.find()).as("one stage is the current one").isTrue();
		assertThat(current.group(1)).contains("Pemeriksaan").contains("Inspektur").contains("tenggat");
		assertThat(page).containsPattern("stage-done[^>]*>[\\s\\S]{0,300}Verifikasi");
		assertThat(page).as("the summary folds").containsPattern("<details[^>]*id=\"case-summary\"");
	}

	@Test
	void loadsTheProcessDiagramOnlyWhenAsked() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String page = casePage(walk, "auditor", "auditor");

		assertThat(page).contains("id=\"show-diagram\"")
			.doesNotContainPattern("<script[^>]*bpmn-viewer")
			.containsPattern("data-viewer=\"/webjars/bpmn-js/[^\"]*bpmn-viewer");
		assertThat(page).as("a text alternative for the diagram")
			.containsPattern("role=\"img\"[^>]*aria-label=\"[^\"]+\"");
	}

	@Test
	void showsTheRecommendationForTheTickedActsWhileTheReportIsWritten() throws Exception {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_WriteReport");
		Api.as(this.rest, "insp1-prob").post("/api/tasks/" + taskId + "/claim");

		this.mvc.perform(get("/tasks/" + taskId).with(as("insp1-prob", "inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"aggravation.repeatOffence\"")))
			.andExpect(content().string(containsString("name=\"aggravation.seniorPosition\"")))
			.andExpect(content().string(containsString("name=\"aggravation.integrityPactSigned\"")))
			.andExpect(content().string(containsString("hx-get=\"/tasks/" + taskId + "/recommendation\"")))
			.andExpect(content().string(not(containsString("Rincian teknis"))));
		String live = this.mvc
			.perform(get("/tasks/" + taskId + "/recommendation").with(as("insp1-prob", "inspector"))
				.param("actsProven[]", "SOCMED_INTERACT")
				.param("aggravation.repeatOffence", "true")
				.param("recommendedSanction", "WRITTEN_REPRIMAND"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(live).contains("Hukuman disiplin berat")
			.as("why: acts, stage, position, factors, legal basis")
			.contains("Mengunggah, mengomentari", "setelah penetapan calon", "PNS", "Pernah dijatuhi", "PP 94/2021")
			.contains("Di luar rekomendasi tabel sanksi")
			.contains("Teguran tertulis (ringan)");
		this.mvc
			.perform(get("/tasks/" + taskId + "/recommendation").with(as("insp1-prob", "inspector"))
				.param("actsProven[]", "SOCMED_INTERACT")
				.param("recommendedSanction", "DEMOTION_12_MONTHS"))
			.andExpect(content().string(not(containsString("Di luar rekomendasi"))));
		this.mvc.perform(get("/tasks/" + taskId + "/recommendation").with(as("insp1-prob", "inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centang perbuatan yang terbukti")));
	}

	@Test
	void takesTheAggravatingFactorsWithTheReportAndFlagsADepartureAtTheReview() throws Exception {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_WriteReport");
		Api.as(this.rest, "insp1-prob").post("/api/tasks/" + taskId + "/claim");
		this.mvc
			.perform(post("/tasks/" + taskId + "/complete").with(as("insp1-prob", "inspector"))
				.with(csrf())
				.param("proven", "true")
				.param("actsProven[]", "SOCMED_INTERACT")
				.param("findings", "Terbukti.")
				.param("legalBasis", "PP 94/2021 Pasal 5 huruf n")
				.param("recommendedSanction", "WRITTEN_REPRIMAND")
				.param("aggravation.repeatOffence", "true"))
			.andExpect(redirectedUrl("/"));
		String review = this.mvc
			.perform(get("/tasks/" + walk.taskId("Task_ReviewReport")).with(as("inspektur-prob", "chief-inspector")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(review).contains("id=\"recommendation\"")
			.containsPattern("id=\"inspectors-deviate\"[^>]*>[^<]*Di luar rekomendasi tabel sanksi")
			.contains("Pernah dijatuhi");
	}

	@Test
	void letsEveryWorkingRoleSearchTheCasesOfItsRegions() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		for (String[] who : List.of(new String[] { "insp1-prob", "inspector" }, new String[] { "hr-prob", "hr" },
				new String[] { "ppk-prob", "ppk" }, new String[] { "intake-prob", "intake" })) {
			this.mvc.perform(get("/cases").with(as(who[0], who[1])).param("employeeNip", walk.nip()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"nav-search\"")))
				.andExpect(content().string(containsString(">" + walk.caseNumber() + "</a>")));
		}
		this.mvc.perform(get("/cases").with(as("insp1-pmk", "inspector")).param("employeeNip", walk.nip()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(walk.caseNumber()))));
	}

	@Test
	void listsEarlierCasesOfTheSameNipOnTheCasePage() throws Exception {
		CaseWalk first = CaseWalk.registered(this.rest, "probolinggo");
		Map<String, Object> again = CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), first.nip());
		String second = Api.as(this.rest, "intake-prob").post("/api/cases", again).getBody().get("caseNumber").asText();

		String page = this.mvc.perform(get("/cases/" + second).with(as("auditor", "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("id=\"earlier-cases\"[\\s\\S]*>" + first.caseNumber() + "</a>");
	}

	@Test
	void marksRequiredFieldsAndExplainsStrictFormats() throws Exception {
		String page = this.mvc.perform(get("/cases/new").with(as("intake-prob", "intake")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("for=\"employee.nip\"[^>]*>[^<]*<span[^>]*class=\"required[^\"]*\"")
			.containsPattern("id=\"employee.nip-hint\"[^>]*>[^<]*18 angka")
			.containsPattern("id=\"employee.nip\"[^>]*aria-describedby=\"employee.nip-hint\"")
			.containsPattern("id=\"employee.nip\"[^>]*inputmode=\"numeric\"")
			.contains("id=\"required-note\"");
		assertThat(page).as("an optional field is not marked")
			.doesNotContainPattern("for=\"reporter.name\"[^>]*>[^<]*<span[^>]*class=\"required");
	}

	@Test
	void answersAnUnknownPageWithAPageInTheUsersLanguageAndTheApiWithJson() throws Exception {
		this.mvc.perform(get("/no-such-page").with(as("intake-prob", "intake")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Halaman tidak ditemukan")))
			.andExpect(content().string(containsString("id=\"nav\"")));
		this.mvc
			.perform(get("/no-such-page").with(as("intake-prob", "intake"))
				.cookie(new jakarta.servlet.http.Cookie("pantau-lang", "en")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(get("/api/no-such-thing").with(as("intake-prob", "intake")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void explainsTheTermsOnAHelpPageLinkedFromTheMenu() throws Exception {
		this.mvc.perform(get("/work").with(as("ppk-prob", "ppk")))
			.andExpect(content().string(containsString("id=\"nav-help\"")));
		this.mvc.perform(get("/help").with(as("ppk-prob", "ppk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"glossary\"")))
			.andExpect(content().string(containsString("BAP")))
			.andExpect(content().string(containsString("LHP")))
			.andExpect(content().string(containsString(">SK<")))
			.andExpect(content().string(containsString(">PPK<")))
			.andExpect(content().string(containsString("Keberatan")))
			.andExpect(content().string(containsString("Banding administratif")))
			.andExpect(content().string(containsString("Hari kerja")));
	}

	private String casePage(CaseWalk walk, String username, String role) throws Exception {
		return this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as(username, role)))
			.andExpect(status().is(HttpStatus.OK.value()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor as(String username, String role) {
		Set<String> regions = username.equals("auditor") ? Set.of("probolinggo", "pamekasan") : Set
			.of(username.endsWith("-pmk") ? "pamekasan" : username.endsWith("-bll") ? "buleleng" : "probolinggo");
		return user(username).authorities(Authorities.of(Set.of(role), regions));
	}

}
