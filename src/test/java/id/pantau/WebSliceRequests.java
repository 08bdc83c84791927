package id.pantau;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests and expectations shared by the {@link WebSlice} tests. */
public final class WebSliceRequests {

	private WebSliceRequests() {
	}

	/** The request, sent by a demo user of the local profile with his password. */
	public static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(user, Api.DEMO_PASSWORD));
	}

	/** A problem ({@code application/problem+json}) with the status. */
	public static ResultMatcher problem(int status) {
		return ResultMatcher.matchAll(status().is(status), content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** A 400 problem naming exactly one field at fault. */
	public static ResultMatcher refusedField(String field) {
		return ResultMatcher.matchAll(problem(400), jsonPath("$.errors", hasSize(1)),
				jsonPath("$.errors[0].field").value(field));
	}

}
