package id.pantau.letters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Letters on the pages: "Buat surat" on the step's page, the required signed document
 * marked and its refusal shown, the scan uploaded from the page and listed on the case
 * page, the administrator's template page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.letters.required-signed.Task_DeliverDecision=DELIVERY_RECORD")
@ActiveProfiles({ "local", "test" })
class LetterPagesTests {

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
	void showsTheMissingSignedDocumentOnTheStepsPageUntilItIsUploadedThere() throws Exception {
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", TestCalendar.today().minusDays(2));
		String task = walk.taskId("Task_DeliverDecision");
		Api.as(this.rest, "hr-prob").post("/api/tasks/" + task + "/claim");

		String page = html(this.mvc.perform(get("/tasks/" + task).with(hr())).andReturn());
		MvcResult refused = this.mvc
			.perform(post("/tasks/" + task + "/complete").param("deliveredOn", TestCalendar.today().toString())
				.param("method", "IN_PERSON")
				.with(hr())
				.with(csrf()))
			.andReturn();

		assertThat(page).contains("id=\"letter-delivery-record-pdf\"", "id=\"letter-delivery-record-required\"",
				"id=\"letter-decision-pdf\"");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(refused))
			.contains("dokumen bertanda tangan belum diunggah: Berita acara penyampaian keputusan");
		MvcResult uploaded = this.mvc
			.perform(multipart("/cases/" + walk.caseNumber() + "/letters/delivery-record/signed")
				.file(new MockMultipartFile("file", "ttd.pdf", "application/pdf", LettersIntegrationTests.SCAN))
				.param("returnTo", "/tasks/" + task)
				.with(hr())
				.with(csrf()))
			.andReturn();
		assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + task);
		assertThat(html(this.mvc.perform(get("/tasks/" + task).with(hr())).andReturn()))
			.doesNotContain("id=\"letter-delivery-record-required\"");
		String casePage = html(this.mvc.perform(get("/cases/" + walk.caseNumber()).with(hr())).andReturn());
		assertThat(casePage).contains("id=\"letters\"", "Berita acara penyampaian keputusan", "Bertanda tangan");
	}

	@Test
	void generatesTheLetterFromTheStepsPageSession() throws Exception {
		LocalDate decidedOn = TestCalendar.today().minusDays(2);
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", decidedOn);

		MvcResult pdf = this.mvc.perform(get("/cases/" + walk.caseNumber() + "/letters/delivery-record.pdf").with(hr()))
			.andReturn();

		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(LettersIntegrationTests.pdfText(pdf.getResponse().getContentAsByteArray()))
			.contains("BERITA ACARA PENYAMPAIAN", walk.nip());
	}

	@Test
	void listsTheTemplatesForTheAdministratorAndRefusesABadUploadOnThePage() throws Exception {
		RequestPostProcessor admin = user("admin").authorities(Authorities.of(Set.of("admin"), Set.of("probolinggo")));

		String page = html(this.mvc.perform(get("/admin/letter-templates").with(admin)).andReturn());
		MvcResult refused = this.mvc.perform(multipart("/admin/letter-templates")
			.file(new MockMultipartFile("file", "x.docx", "application/octet-stream",
					"bukan word".getBytes(StandardCharsets.UTF_8)))
			.param("form", "summons-1")
			.param("region", "*")
			.with(admin)
			.with(csrf())).andReturn();

		assertThat(page).contains("id=\"template-summons-1-*\"", "id=\"template-decision-severe-*\"");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("templat harus berupa dokumen DOCX (Word)");
	}

	@Test
	void refusesAnotherRegionsLetterWithAnErrorPageInTheLayout() throws Exception {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob");

		MvcResult refused = this.mvc
			.perform(get("/cases/" + walk.caseNumber() + "/letters/summons-1.pdf")
				.with(user("insp1-pmk").authorities(Authorities.of(Set.of("inspector"), Set.of("pamekasan")))))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(refused.getResponse().getContentType()).startsWith("text/html");
		assertThat(html(refused)).contains("Yuliana Maharani");
	}

	private static RequestPostProcessor hr() {
		return user("hr-prob").authorities(Authorities.of(Set.of("hr"), Set.of("probolinggo")));
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
