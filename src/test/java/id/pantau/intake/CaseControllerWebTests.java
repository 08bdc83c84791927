package id.pantau.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import id.pantau.WebSlice;
import id.pantau.identity.PantauUser;
import id.pantau.shared.PageView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.pantau.WebSliceRequests.as;
import static id.pantau.WebSliceRequests.problem;
import static id.pantau.WebSliceRequests.refusedField;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@link CaseController} alone: the shape of a registration and of a
 * search is checked, with the field at fault, before the registration or the search is
 * asked; the URL rules answer the anonymous and the auditor's writes. The rules of the
 * registration itself (NIP, dates, region, duplicates) are in
 * {@link CaseControllerTests}.
 */
@WebSlice(CaseController.class)
class CaseControllerWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@MockitoBean
	CaseRegistration registration;

	@MockitoBean
	CaseSearch search;

	@MockitoBean
	CaseDirectory directory;

	// registration

	@Test
	void rejectsRegistrationWithoutRequiredFieldsNamingEachField() throws Exception {
		Map<String, Object> registration = valid();
		registration.remove("source");
		registration.remove("referenceNumber");
		registration.remove("receivedOn");
		registration.put("description", "  ");
		registration.put("allegedActs", List.of());

		register("intake-prob", CaseFixture.withEmployee(registration, "name", null)).andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("source", "referenceNumber",
					"receivedOn", "description", "allegedActs", "employee.name")))
			.andExpect(jsonPath("$.errors[?(@.field == 'source')].message").value("wajib diisi"))
			.andExpect(jsonPath("$.errors[?(@.field == 'allegedActs')].message").value("wajib diisi, minimal satu"));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsUnknownViolationCodeListingTheChoices() throws Exception {
		register("intake-prob", CaseFixture.with(valid(), "allegedActs", List.of("DANCING_AT_RALLY")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("allegedActs")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DANCING_AT_RALLY")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("SOCMED_INTERACT")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PARTY_MEMBER")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsUnknownSourceListingTheChoices() throws Exception {
		register("intake-prob", CaseFixture.with(valid(), "source", "TWITTER")).andExpect(refusedField("source"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("TWITTER")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("BKN_RECOMMENDATION")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PUBLIC_COMPLAINT")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsUnknownField() throws Exception {
		register("intake-prob", CaseFixture.with(valid(), "priority", "HIGH")).andExpect(refusedField("priority"))
			.andExpect(jsonPath("$.errors[0].message").value("kolom ini tidak dikenal"));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsUnreadableNumber() throws Exception {
		register("intake-prob",
				CaseFixture.with(valid(), "election",
						Map.of("type", "PILKADA", "year", "dua ribu", "stage", "CANDIDACY")))
			.andExpect(refusedField("election.year"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("dua ribu")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void rejectsMalformedJson() throws Exception {
		this.mvc
			.perform(as("intake-prob", post("/api/cases")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"region\": \"probolinggo\", \"source\": "))
			.andExpect(refusedField("body"))
			.andExpect(jsonPath("$.errors[0].message").value("Isi permintaan bukan JSON yang valid."));
		verifyNoInteractions(this.registration);
	}

	@Test
	void answersProblemsInIndonesianByDefault() throws Exception {
		register("intake-prob", CaseFixture.with(valid(), "description", null)).andExpect(problem(400))
			.andExpect(jsonPath("$.title").value("Permintaan tidak valid"))
			.andExpect(jsonPath("$.errors[0].message").value("wajib diisi"))
			.andExpect(jsonPath("$.detail").value("description: wajib diisi"));
	}

	@Test
	void answersProblemsInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(as("intake-prob", post("/api/cases")).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(CaseFixture.with(valid(), "description", null))))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].message").value("is required"))
			.andExpect(jsonPath("$.detail").value("description: is required"));
	}

	@Test
	void answersCreatedWithTheNewCasesAddress() throws Exception {
		given(this.registration.register(any(), any())).willReturn(summary("PROB-2024-00042"));
		given(this.directory.view(any(), eq("PROB-2024-00042"))).willReturn(null);

		register("intake-prob", valid()).andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/cases/PROB-2024-00042"));
		verify(this.registration).register(any(), any(PantauUser.class));
	}

	// authorization by the URL rules

	@Test
	void refusesAnonymousCallerWithProblem() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/api/cases"),
				post("/api/cases").contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(valid())))) {
			this.mvc.perform(request)
				.andExpect(problem(401))
				.andExpect(jsonPath("$.title").value("Belum masuk"))
				.andExpect(jsonPath("$.detail").value("Silakan masuk dengan nama pengguna dan kata sandi."));
		}
		verifyNoInteractions(this.registration, this.search);
	}

	@Test
	void refusesWrongPassword() throws Exception {
		this.mvc
			.perform(post("/api/cases").with(httpBasic("intake-prob", "Pantau#Demo2023"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(valid())))
			.andExpect(problem(401));
		verifyNoInteractions(this.registration);
	}

	@Test
	void refusesRegistrationByTheAuditorWhoOnlyReads() throws Exception {
		register("auditor", valid()).andExpect(problem(403))
			.andExpect(
					jsonPath("$.detail").value("Peran auditor hanya untuk membaca; Anda tidak dapat mengubah data."));
		verifyNoInteractions(this.registration);
	}

	// search

	@Test
	void refusesPageSizeAboveHundred() throws Exception {
		search("size=101").andExpect(refusedField("size"))
			.andExpect(jsonPath("$.errors[0].message").value("harus paling banyak 100"));
		search("size=100").andExpect(status().isOk());
		verify(this.search).search(any(), any(), eq(0), eq(100), any(), any());
	}

	@Test
	void asksForTheLastAllowedPageAndRefusesAPageBeyondItNamingThePage() throws Exception {
		search("page=21474837&size=100").andExpect(refusedField("page"));
		verify(this.search, never()).search(any(), any(), anyInt(), anyInt(), any(), any());

		search("page=100000&size=100").andExpect(status().isOk());
		verify(this.search).search(any(), any(), eq(100000), eq(100), eq(CaseSearch.SortBy.registeredAt),
				eq(Sort.Direction.DESC));
	}

	@Test
	void refusesUnknownStatusInSearch() throws Exception {
		search("status=SLEEPING").andExpect(refusedField("status"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("SLEEPING")));
		verifyNoInteractions(this.search);
	}

	// helpers

	private ResultActions register(String user, Map<String, Object> body) throws Exception {
		return this.mvc.perform(as(user, post("/api/cases")).contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions search(String query) throws Exception {
		given(this.search.search(any(), any(), anyInt(), anyInt(), any(), any()))
			.willReturn(PageView.of(List.of(), 0, 20, 0));
		return this.mvc.perform(as("auditor", get("/api/cases?" + query)));
	}

	private static Map<String, Object> valid() {
		return CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), CaseWalk.uniqueNip());
	}

	private static CaseSummary summary(String number) {
		return new CaseSummary(42L, number, "probolinggo", "OPEN", null, null, null, null, null, null, null,
				LocalDate.now(), null, null);
	}

}
