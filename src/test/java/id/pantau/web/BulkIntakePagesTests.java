package id.pantau.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import id.pantau.CaseWalk;
import id.pantau.ImportWait;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "Impor daftar" pages: an intake officer uploads a list, follows its progress and
 * reads the report with the refused rows first; a refused file stays on the page with the
 * message under the file field; administrators read; other roles and regions are refused.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class BulkIntakePagesTests {

	private static final String HEADER = "Sumber;Nomor Surat;Tanggal Surat;Tanggal Diterima;NIP;Nama;"
			+ "Jenis Kepegawaian;Jabatan;Jenis Jabatan;Unit Kerja;Jenis Pemilihan;Tahun;Tahapan;Dugaan Pelanggaran;"
			+ "Uraian\n";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void uploadsAListAndShowsTheProgressThenTheReportWithTheRefusedRowsFirst() throws Exception {
		String csv = HEADER + row(CaseWalk.uniqueNip(), "Pegawai Baik") + row("12345", "NIP Salah");
		String page = this.mvc
			.perform(multipart("/intake/imports").file(csv(csv)).with(as("intake-prob", "intake")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/intake/imports/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		waitUntilDone(page);

		String shown = this.mvc.perform(get(page).with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"DONE\"")))
			.andExpect(content().string(containsString("1 perkara baru")))
			.andExpect(content().string(containsString("NIP harus 18 angka")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown.indexOf("data-outcome=\"REFUSED\"")).as("the refused row first")
			.isLessThan(shown.indexOf("data-outcome=\"ACCEPTED\""))
			.isPositive();
		assertThat(shown).contains("Terdaftar sebagai perkara PROB-");
		this.mvc.perform(get(page + "/report.csv").with(as("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ditolak")))
			.andExpect(content().string(containsString("Diterima")));
		this.mvc.perform(get("/intake/imports?region=probolinggo").with(as("admin", "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("daftar.csv")))
			.andExpect(content().string(not(containsString("id=\"bulk-form\""))));
	}

	@Test
	void keepsARefusedFileOnThePageWithTheMessageUnderTheFileField() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class);

		this.mvc
			.perform(multipart("/intake/imports").file(csv(HEADER.replace("Dugaan Pelanggaran;", "") + "x\n"))
				.with(as("intake-prob", "intake"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-bulk-file\"")))
			.andExpect(content().string(containsString("Kolom &quot;Dugaan Pelanggaran&quot; tidak ditemukan")));
		this.mvc
			.perform(multipart("/intake/imports").file(csv(HEADER + row(CaseWalk.uniqueNip(), "Wilayah Lain")))
				.param("region", "probolinggo")
				.with(as("intake-pmk", "intake"))
				.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("probolinggo")));

		assertThat(this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class)).isEqualTo(before);
	}

	@Test
	void offersTheListImportInTheMenuOfIntakeAndAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/intake/imports").with(as("intake-prob", "intake")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-bulk\"")))
			.andExpect(content().string(containsString("id=\"bulk-form\"")));
		this.mvc.perform(get("/work").with(as("insp1-prob", "inspector")))
			.andExpect(content().string(not(containsString("id=\"nav-bulk\""))));
		this.mvc.perform(get("/intake/imports").with(as("insp1-prob", "inspector"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/intake/imports?region=probolinggo").with(as("intake-pmk", "intake")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(matchesPattern("(?s).*probolinggo.*")));
	}

	private void waitUntilDone(String page) {
		ImportWait.until(Duration.ofSeconds(30), page,
				() -> this.mvc.perform(get(page + "/progress").with(as("intake-prob", "intake")))
					.andReturn()
					.getResponse()
					.getContentAsString()
					.contains("data-status=\"RUNNING\"") ? null : page);
	}

	private static String row(String nip, String name) {
		java.time.LocalDate received = id.pantau.TestCalendar.today().minusDays(3);
		return String.join(";", "BKN", CaseWalk.uniqueReference(), "", received.toString(), nip, name, "PNS", "Staf",
				"pelaksana", "Dinas Sosial", "Pilkada", "2024", "CANDIDACY", "BANNER", "Memasang baliho calon.") + "\n";
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "daftar.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static RequestPostProcessor as(String username, String role) {
		Set<String> regions = Set.of(username.endsWith("-pmk") ? "pamekasan" : "probolinggo");
		if (username.equals("admin")) {
			regions = Set.of("probolinggo", "pamekasan");
		}
		return user(username).authorities(Authorities.of(Set.of(role), regions));
	}

}
