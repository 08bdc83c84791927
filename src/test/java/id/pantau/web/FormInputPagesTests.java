package id.pantau.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input through the pages gets the form again with a message, never an error page:
 * malformed field names, control characters, far pages, hostile file names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class FormInputPagesTests {

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
	void showsTheTaskFormAgainForAMalformedFieldName() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String taskId = walk.taskId("Task_VerifyCase");
		Api.as(this.rest, "intake-prob").post("/api/tasks/" + taskId + "/claim");

		for (String[] field : new String[][] { { ".", "x" }, { "outcome.x", "ACCEPTED" }, { "note", "\u0000" } }) {
			this.mvc
				.perform(post("/tasks/" + taskId + "/complete").with(as("intake-prob", "intake"))
					.with(csrf())
					.param("outcome", "ACCEPTED")
					.param(field[0], field[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("id=\"step-form\"")));
		}

		assertThat(walk.steps()).containsExactly("Task_VerifyCase");
	}

	@Test
	void showsFarPagesOfMyWorkAndTheAuditSearchEmpty() throws Exception {
		this.mvc.perform(get("/work").param("page", "107374183").with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("rujukan"))));
		this.mvc.perform(get("/audit").param("page", "2147483647").with(as("auditor", "auditor")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/work").param("page", "-2147483648").with(as("intake-prob", "intake")))
			.andExpect(status().isOk());
	}

	@Test
	void findsACaseOnTheAuditPageByItsReferenceNumberInAnotherSpelling() throws Exception {
		String reference = "b-9/x-" + CaseWalk.uniqueReference().toLowerCase();
		String caseNumber = Api.as(this.rest, "intake-prob")
			.post("/api/cases", CaseWalk.registration("probolinggo", reference, CaseWalk.uniqueNip()))
			.getBody()
			.get("caseNumber")
			.asText();
		String other = Api.as(this.rest, "intake-prob")
			.post("/api/cases", CaseWalk.registration("probolinggo", reference + "-2", CaseWalk.uniqueNip()))
			.getBody()
			.get("caseNumber")
			.asText();

		this.mvc
			.perform(get("/audit").param("referenceNumber", " " + reference.toUpperCase().replace("/", " / "))
				.with(as("auditor", "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + caseNumber + "<")))
			.andExpect(content().string(not(containsString(">" + other + "<"))))
			.andExpect(content().string(containsString("id=\"found\">1 ")));
		this.mvc.perform(get("/audit").param("referenceNumber", "ß".repeat(61)).with(as("auditor", "auditor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-message\"")));
	}

	@Test
	void refusesAnEvidenceFileNamedSlashOrWithNulOnTheCasePage() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String files = "/cases/" + walk.caseNumber() + "/files";
		byte[] text = "Tangkapan layar".getBytes(StandardCharsets.UTF_8);

		for (String name : new String[] { "/", "a\u0000b.txt", "..", "bukti\u202etxt.exe" }) {
			this.mvc
				.perform(multipart(files).file(new MockMultipartFile("file", name, "text/plain", text))
					.with(as("intake-prob", "intake"))
					.with(csrf()))
				.andExpect(redirectedUrl(files.replace("/files", "") + "#documents"))
				.andExpect(flash().attributeExists("flashError"));
		}

		assertThat(Api.as(this.rest, "intake-prob").get("/api/cases/" + walk.caseNumber() + "/files").getBody())
			.isEmpty();
	}

	private static RequestPostProcessor as(String username, String role) {
		Set<String> regions = username.equals("auditor") ? Set.of("probolinggo", "pamekasan")
				: Set.of(username.endsWith("-pmk") ? "pamekasan" : "probolinggo");
		return user(username).authorities(Authorities.of(Set.of(role), regions));
	}

}
