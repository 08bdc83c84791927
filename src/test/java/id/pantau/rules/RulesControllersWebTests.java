package id.pantau.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.pantau.WebSlice;
import id.pantau.calendar.HolidayCalendar;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static id.pantau.WebSliceRequests.as;
import static id.pantau.WebSliceRequests.problem;
import static id.pantau.WebSliceRequests.refusedField;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@link RulesAdminController} and {@link RecommendationController}
 * alone: the administration is the administrator's, a holiday year and list and a preview
 * are checked before anything is asked or recorded. Deploying real tables and the
 * recorded recommendations are in {@link RulesIntegrationTests}.
 */
@WebSlice({ RulesAdminController.class, RecommendationController.class })
class RulesControllersWebTests {

	private static final String CASE = "PROB-2024-00042";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TableDeployments tables;

	@MockitoBean
	HolidayCalendar holidays;

	@MockitoBean
	RuleChanges changes;

	@MockitoBean
	CaseDirectory cases;

	@MockitoBean
	SanctionRecommendations recommendations;

	@Test
	void refusesTheAdministrationToEveryOtherRole() throws Exception {
		for (String path : List.of("/api/admin/sanction-table/versions", "/api/admin/holidays/2031",
				"/api/admin/rule-changes")) {
			this.mvc.perform(as("ppk-prob", get(path)))
				.andExpect(problem(403))
				.andExpect(jsonPath("$.detail").value("Tindakan ini hanya untuk peran: admin."));
		}
		this.mvc
			.perform(as("ppk-prob", post("/api/admin/sanction-table/versions")).contentType(MediaType.APPLICATION_XML)
				.content("<x/>"))
			.andExpect(problem(403));
		verify(this.holidays, never()).ofYear(anyInt());
		verifyNoInteractions(this.tables, this.changes);
	}

	@Test
	void refusesAHolidayYearOutsideTwoThousandToTwentyOneHundred() throws Exception {
		this.mvc.perform(as("admin", get("/api/admin/holidays/1999")))
			.andExpect(refusedField("year"))
			.andExpect(jsonPath("$.errors[0].message").value("tahun 1999 di luar rentang 2000-2100"));
		verify(this.holidays, never()).ofYear(anyInt());
	}

	@Test
	void refusesAHolidayWithoutKindAndRecordsNothing() throws Exception {
		this.mvc
			.perform(as("admin", put("/api/admin/holidays/2031")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"holidays\": [{\"date\": \"2031-01-01\", \"name\": \"Tahun Baru\"}]}"))
			.andExpect(refusedField("holidays[0].kind"));
		verify(this.holidays, never()).replaceYear(anyInt(), any());
		verifyNoInteractions(this.changes);
	}

	@Test
	void refusesATableSentAsJson() throws Exception {
		this.mvc
			.perform(as("admin", post("/api/admin/sanction-table/versions")).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(problem(415));
		verifyNoInteractions(this.tables, this.changes);
	}

	@Test
	void answersADeployedTableCreatedAndRecordsTheChange() throws Exception {
		given(this.tables.deploy(any(), eq("admin"))).willReturn(new TableDeployments.TableVersion(3,
				"SanctionRecommendation:3:x", "deployment-3", "sanction-table", Instant.parse("2026-11-26T01:00:00Z")));

		this.mvc
			.perform(as("admin", post("/api/admin/sanction-table/versions")).contentType("application/dmn+xml")
				.content("<definitions/>"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tableVersion").value(3))
			.andExpect(jsonPath("$.deploymentId").value("deployment-3"));
		verify(this.changes).save(any(RuleChange.class));
	}

	@Test
	void refusesAPreviewWithoutActsOrWithAnUnknownActBeforeLookingUpTheCase() throws Exception {
		this.mvc
			.perform(as("insp1-prob", post("/api/cases/" + CASE + "/recommendation/preview"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"actsProven\": []}"))
			.andExpect(refusedField("actsProven"));
		this.mvc
			.perform(as("insp1-prob", post("/api/cases/" + CASE + "/recommendation/preview"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"actsProven\": [\"DANCING_AT_RALLY\"]}"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value(startsWith("actsProven")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DANCING_AT_RALLY")));
		verifyNoInteractions(this.cases, this.recommendations);
	}

	@Test
	void answersNotFoundForACaseWithoutARecommendation() throws Exception {
		given(this.cases.readableBy(any(), eq(CASE))).willReturn(summary());
		given(this.recommendations.latest(42L)).willReturn(Optional.empty());

		this.mvc.perform(as("insp1-prob", get("/api/cases/" + CASE + "/recommendation")))
			.andExpect(problem(404))
			.andExpect(jsonPath("$.detail").value("perkara " + CASE + " belum memiliki rekomendasi hukuman"));
	}

	private static CaseSummary summary() {
		return new CaseSummary(42L, CASE, "probolinggo", "OPEN", null, null, null, null, null, null, null, null, null,
				null);
	}

}
