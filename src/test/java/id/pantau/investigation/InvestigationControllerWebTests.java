package id.pantau.investigation;

import java.util.List;

import id.pantau.WebSlice;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static id.pantau.WebSliceRequests.as;
import static id.pantau.WebSliceRequests.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@link InvestigationController} alone: a case's investigation with
 * its lists always present and absent values left out, and the refusals of the records as
 * problems.
 */
@WebSlice(InvestigationController.class)
class InvestigationControllerWebTests {

	private static final String CASE = "PROB-2024-00042";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InvestigationRecords records;

	@Test
	void answersAnInvestigationNotYetBegunWithEmptyListsAndNoRecommendation() throws Exception {
		given(this.records.of(any(), eq(CASE)))
			.willReturn(new InvestigationView(List.of(), List.of(), List.of(), List.of(), null, List.of()));

		this.mvc.perform(as("auditor", get("/api/cases/" + CASE + "/investigation")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.team").isEmpty())
			.andExpect(jsonPath("$.summons").isEmpty())
			.andExpect(jsonPath("$.minutes").isEmpty())
			.andExpect(jsonPath("$.reports").isEmpty())
			.andExpect(jsonPath("$.recommendation").doesNotExist());
	}

	@Test
	void answersAnotherRegionsCaseForbiddenAndAnUnknownCaseNotFound() throws Exception {
		given(this.records.of(any(), eq(CASE))).willThrow(new AccessRefusedException("access.region", "probolinggo"));
		given(this.records.of(any(), eq("PMKS-2024-99999")))
			.willThrow(new NotFoundException("case.not-found", "PMKS-2024-99999"));

		this.mvc.perform(as("intake-pmk", get("/api/cases/" + CASE + "/investigation")))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("Perkara ini berada di wilayah probolinggo, di luar wilayah Anda."));
		this.mvc.perform(as("intake-pmk", get("/api/cases/PMKS-2024-99999/investigation")))
			.andExpect(problem(404))
			.andExpect(jsonPath("$.detail").value("Perkara PMKS-2024-99999 tidak ditemukan."));
	}

	@Test
	void refusesAnonymousCallerWithProblem() throws Exception {
		this.mvc.perform(get("/api/cases/" + CASE + "/investigation")).andExpect(problem(401));

		verifyNoInteractions(this.records);
	}

}
