package id.pantau.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.pantau.WebSlice;
import id.pantau.identity.Authorities;
import id.pantau.identity.Region;
import id.pantau.identity.RegionTime;
import id.pantau.identity.Regions;
import id.pantau.mail.Inbox;
import id.pantau.mail.MailPreferences;
import id.pantau.oversight.Dashboard;
import id.pantau.pledges.Coverage;
import id.pantau.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard page shows each figure as a table with its caption and headers (beside a
 * chart drawn from it by Chart.js), offers the Excel export of what it shows, and a
 * filter the dashboard refuses stays on the page with its message by the field.
 */
@WebSlice(DashboardPageController.class)
@Import(SlicePages.class)
class DashboardPageWebTests {

	static final Dashboard.Figures FIGURES = new Dashboard.Figures(List.of("probolinggo"), LocalDate.of(2024, 1, 1),
			null, "PEMILU", 2024,
			List.of(new Dashboard.StageCount("verification", "OPEN", 2),
					new Dashboard.StageCount("follow-up", "CLOSED", 1)),
			List.of(new Dashboard.UnitCount("Dinas Pendidikan", 3)), List.of(new Dashboard.ViolationCount("BANNER", 4)),
			List.of(new Dashboard.ElectionCount("PEMILU", 2024, 3)), new Dashboard.Funnel(3, 2, 2, 1, 50.0),
			List.of(new Dashboard.OverdueCount("Task_VerifyCase", "intake", 1)),
			List.of(new Dashboard.StepDays("Task_WriteReport", "inspector", 10, 4, 3.5, 3.0, 75.0)),
			List.of(new Dashboard.PactCount(true, 1, 1), new Dashboard.PactCount(false, 2, 1)),
			new Coverage.RegionCoverage("probolinggo", null,
					List.of(new Coverage.UnitCoverage("Dinas Pendidikan", 120, 60, 50.0)), 120, 60, 50.0));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Dashboard dashboard;

	@MockitoBean
	Regions regions;

	@MockitoBean
	RegionTime regionTime;

	@MockitoBean
	Inbox inbox;

	@MockitoBean
	MailPreferences mailPreferences;

	@Test
	void showsEveryFigureAsAnAccessibleTableBesideItsChart() throws Exception {
		given(this.dashboard.of(any(), any())).willReturn(FIGURES);
		given(this.regions.all())
			.willReturn(List.of(new Region("probolinggo", "Kabupaten Probolinggo", "PROB", "Asia/Jakarta")));

		this.mvc.perform(get("/dashboard").param("from", "2024-01-01").with(as("ppk-prob", "ppk")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nav-dashboard\"")))
			.andExpect(content().string(containsString("/webjars/chart.js/4.4.1/dist/chart.umd")))
			.andExpect(
					content().string(containsString("tingkat tindak lanjut (ditindaklanjuti dibagi terbukti) 50,0%")))
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"fw-normal\">Verifikasi</th>")))
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"fw-normal\">Dinas Pendidikan</th>")))
			.andExpect(content().string(containsString("Memasang spanduk")))
			.andExpect(content().string(containsString("<caption>Perkara per unit kerja (OPD)</caption>")))
			.andExpect(content().string(containsString("data-table=\"step-days\"")))
			.andExpect(content().string(containsString("75,0%")))
			.andExpect(content().string(containsString("id=\"coverage\"")))
			.andExpect(content().string(containsString("Penanda tangan pakta integritas")))
			.andExpect(content().string(containsString("href=\"/dashboard.xlsx?from=2024-01-01\"")));
	}

	@Test
	void showsARefusedFilterByItsFieldWithoutFigures() throws Exception {
		given(this.dashboard.of(any(), any())).willThrow(new InvalidInputException("to", "dashboard.period.reversed"));
		given(this.regions.all()).willReturn(List.of());

		this.mvc
			.perform(
					get("/dashboard").param("from", "2024-05-01").param("to", "2024-04-01").with(as("ppk-prob", "ppk")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Tanggal akhir tidak boleh sebelum tanggal awal.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("id=\"funnel\""))));
		this.mvc.perform(get("/dashboard").param("from", "kemarin").with(as("ppk-prob", "ppk")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tanggal &quot;kemarin&quot; tidak dapat dibaca")));
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).authorities(Authorities.of(Set.of(role), Set.of("probolinggo")));
	}

}
