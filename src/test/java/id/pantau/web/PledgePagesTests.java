package id.pantau.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import id.pantau.CaseWalk;
import id.pantau.ImportWait;
import id.pantau.TestCalendar;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Pakta & ikrar" pages: personnel staff record campaigns and import lists, see the
 * progress and each refused row; a refused form or file keeps the person on the page with
 * the message by the field; other roles read; another region's campaign is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class PledgePagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate rest;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void importsUnitsAndShowsTheProgressThenTheRefusedRows() throws Exception {
		String unit = "Dinas Sosial " + UUID.randomUUID().toString().substring(0, 6);
		MvcResult started = this.mvc
			.perform(multipart("/pledges/units").file(csv("Unit;Jumlah Pegawai\n" + unit + ";30\n;4\n"))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/pledges/imports/*"))
			.andReturn();
		String page = started.getResponse().getRedirectedUrl();
		waitUntilDone(page);

		this.mvc.perform(get(page).with(as("hr-prob", "hr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"DONE\"")))
			.andExpect(content().string(containsString("1 diterima")))
			.andExpect(content().string(containsString("Nama unit kosong")));
		this.mvc.perform(get(page + "/report.csv").with(as("hr-prob", "hr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diterima")))
			.andExpect(content().string(containsString("Ditolak")));
		this.mvc.perform(get("/pledges").with(as("inspektur-prob", "chief-inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unit)))
			.andExpect(content().string(not(containsString("id=\"units-form\""))));
	}

	@Test
	void keepsARefusedCampaignOrFileOnThePageWithTheMessageByItsField() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from pledge_campaign", Long.class);

		this.mvc
			.perform(post("/pledges/campaigns").param("kind", "INTEGRITY_PACT")
				.param("title", "")
				.param("heldOn", TestCalendar.today().plusDays(3).toString())
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-title\"")));
		this.mvc
			.perform(post("/pledges/campaigns").param("kind", "INTEGRITY_PACT")
				.param("title", "Apel besok")
				.param("heldOn", TestCalendar.today().plusDays(3).toString())
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-heldOn\"")))
			.andExpect(content().string(containsString("Tanggal kegiatan belum terjadi")));
		this.mvc
			.perform(multipart("/pledges/units").file(csv("Nama;Alamat\nDinas;Jl.\n"))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-units-file\"")))
			.andExpect(content().string(containsString("Kolom &quot;Unit&quot; tidak ditemukan")));

		assertThat(this.jdbc.queryForObject("select count(*) from pledge_campaign", Long.class)).isEqualTo(before);
	}

	@Test
	void createsACampaignAndRefusesItToAnotherRegionAndToOtherRoles() throws Exception {
		String location = this.mvc
			.perform(post("/pledges/campaigns").param("kind", "NEUTRALITY_PLEDGE")
				.param("title", "Apel ikrar netralitas ASN")
				.param("heldOn", TestCalendar.today().minusDays(1).toString())
				.param("points", "Netral\nTidak memakai fasilitas kantor")
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(get(location).with(as("ppk-prob", "ppk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak memakai fasilitas kantor")))
			.andExpect(content().string(not(containsString("id=\"signatories-form\""))));
		this.mvc.perform(get(location).with(as("ppk-pmk", "ppk"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/pledges/campaigns").param("kind", "DECLARATION")
				.param("title", "Bukan wewenang")
				.param("heldOn", TestCalendar.today().toString())
				.with(as("intake-prob", "intake"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	/**
	 * The case page shows the pacts and pledges the reported employee signed, in the
	 * reader's regions, with the hint that the pact weighs in the sanction.
	 */
	@Test
	void showsOnTheCasePageWhatTheReportedEmployeeSigned() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today());
		this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"pledges-signed\""))));

		signedPact("Pakta integritas Pilkada serentak", walk.nip());

		this.mvc.perform(get("/cases/" + walk.caseNumber()).with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pledges-signed\"")))
			.andExpect(content().string(containsString("Pakta integritas Pilkada serentak")))
			.andExpect(content().string(containsString("faktor pemberat")));
	}

	/**
	 * Issue 15: what the employee signed shows where his case is registered (as the NIP
	 * is typed) and verified, and the pact, with the campaign's scan, is proposed on the
	 * report's form for the inspector to confirm.
	 */
	@Test
	void showsTheSignedPactAtRegistrationAndVerificationAndProposesItOnTheReport() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo", TestCalendar.today().minusDays(20));
		String campaign = signedPact("Pakta integritas ASN netral", walk.nip());

		// the scan of the signed document: a file that is none stays on the page with its
		// message
		this.mvc
			.perform(multipart(campaign + "/document")
				.file(new MockMultipartFile("file", "pakta.pdf", "application/pdf", "bukan PDF".getBytes()))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-document\"")))
			.andExpect(content().string(containsString("PDF, JPEG atau PNG")));
		this.mvc
			.perform(multipart(campaign + "/document")
				.file(new MockMultipartFile("file", "pakta.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
				.with(as("insp1-prob", "inspector"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(campaign + "/document")
				.file(new MockMultipartFile("file", "pakta.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(campaign).with(as("insp1-prob", "inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"document-download\"")))
			.andExpect(content().string(not(containsString("id=\"document-form\""))));

		this.mvc.perform(get("/cases/new/employee").param("employee.nip", walk.nip()).with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"employee-signatures\"")))
			.andExpect(content().string(containsString("Pakta integritas ASN netral")))
			.andExpect(content().string(containsString(walk.caseNumber())));
		this.mvc.perform(get("/cases/new/employee").param("employee.nip", "1985").with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("employee-record"))));
		this.mvc
			.perform(get("/cases/new/employee").param("employee.nip", walk.nip()).with(as("insp1-prob", "inspector")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tasks/" + walk.taskId("Task_VerifyCase")).with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"employee-signatures\"")))
			.andExpect(content().string(containsString("Pakta integritas ASN netral")));

		LocalDate issued = TestCalendar.today().minusDays(19);
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		walk.accept()
			.assignTeam("insp1-prob", "insp2-prob")
			.summon(issued, hearing.atTime(9, 0))
			.attend(true)
			.examine(hearing);
		String report = walk.taskId("Task_WriteReport");
		this.mvc.perform(post("/tasks/" + report + "/claim").with(as("insp1-prob", "inspector")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/tasks/" + report).with(as("insp1-prob", "inspector")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"proposal-integrityPactSigned\"")))
			.andExpect(content().string(containsString("Pakta integritas ASN netral")))
			.andExpect(content().string(containsString("pindaian dokumen")))
			.andExpect(content().string(not(containsString("id=\"proposal-repeatOffence\""))));
	}

	/**
	 * An integrity pact campaign recorded on the pages a month ago, signed by the
	 * employee in a unit of its own; answers the campaign's page.
	 */
	private String signedPact(String title, String nip) throws Exception {
		String unit = "Bappeda " + UUID.randomUUID().toString().substring(0, 6);
		waitUntilDone(this.mvc
			.perform(multipart("/pledges/units").file(csv("Unit,Jumlah Pegawai\n" + unit + ",12\n"))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		String campaign = this.mvc
			.perform(post("/pledges/campaigns").param("kind", "INTEGRITY_PACT")
				.param("title", title)
				.param("heldOn", TestCalendar.today().minusDays(30).toString())
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		waitUntilDone(this.mvc
			.perform(multipart(campaign + "/signatories")
				.file(csv("NIP,Nama,Unit\n" + nip + ",Pegawai Terlapor," + unit + "\n"))
				.with(as("hr-prob", "hr"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
		return campaign;
	}

	private void waitUntilDone(String page) {
		ImportWait.until(Duration.ofSeconds(30), page,
				() -> this.mvc.perform(get(page + "/progress").with(as("hr-prob", "hr")))
					.andReturn()
					.getResponse()
					.getContentAsString()
					.contains("data-status=\"RUNNING\"") ? null : page);
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "daftar.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor as(String username, String role) {
		Set<String> regions = Set.of(username.endsWith("-pmk") ? "pamekasan" : "probolinggo");
		return user(username).authorities(Authorities.of(Set.of(role), regions));
	}

}
