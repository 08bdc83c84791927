package id.pantau.web;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import id.pantau.mail.Inbox;
import id.pantau.mail.MailPreferences;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import id.pantau.WebSlice;
import id.pantau.escalation.Notifications;
import id.pantau.identity.Authorities;
import id.pantau.identity.RegionTime;
import id.pantau.identity.Regions;
import id.pantau.intake.CaseRegistration;
import id.pantau.tasks.TaskList;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages' contract with the browser, without engine or database: the login, the
 * security headers, CSRF on every form, and a registration form that does not become a
 * registration shown again with its fields at fault. What the pages show of real cases is
 * in {@link WebPagesTests}, {@link ActionPagesTests} and {@link FormInputPagesTests}.
 */
@WebSlice({ HomeController.class, WorkController.class, RegisterController.class })
@Import(SlicePages.class)
class PageControllersWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseRegistration registration;

	@MockitoBean
	TaskList tasks;

	@MockitoBean
	Notifications notifications;

	@MockitoBean
	Regions regions;

	@MockitoBean
	RegionTime regionTime;

	@MockitoBean
	Inbox inbox;

	@MockitoBean
	MailPreferences mailPreferences;

	@MockitoBean
	FormLookups lookups;

	@Test
	void sendsPeopleWithoutLoginToTheLoginPageAndApiClientsA401() throws Exception {
		this.mvc.perform(get("/work")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/tasks"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void sendsContentSecurityPolicyAndFrameHeadersWithEveryPage() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void refusesAFormPostedWithoutCsrfTokenAndSavesNothing() throws Exception {
		this.mvc.perform(post("/cases/new").with(as("intake-prob", "intake")).param("region", "probolinggo"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cases/new").with(as("intake-prob", "intake")).with(csrf()).param("region", "probolinggo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-referenceNumber\"")));
		verifyNoInteractions(this.registration);
	}

	/**
	 * A lock or pool timeout on a page is "busy, nothing saved, try again" (503), not the
	 * generic failure page with a reference.
	 */
	@Test
	void tellsThePersonToTryAgainWhenTheDatabaseIsBusy() throws Exception {
		org.mockito.BDDMockito
			.given(this.tasks.list(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
					org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyInt(),
					org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.any(),
					org.mockito.ArgumentMatchers.anyBoolean()))
			.willThrow(new org.springframework.dao.PessimisticLockingFailureException("lock timeout"));
		this.mvc.perform(get("/work").with(as("insp1-prob", "inspector")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("Tidak ada yang disimpan; coba lagi sebentar lagi")));
	}

	@Test
	void showsTheRegistrationFormAgainForAFieldNamedDot() throws Exception {
		this.mvc.perform(registration("Budi Santoso Fiktif").param(".", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"register-form\"")))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void showsTheRegistrationFormAgainForAFieldThatIsBothAValueAndAGroup() throws Exception {
		this.mvc.perform(registration("Budi Santoso Fiktif").param("employee", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"register-form\"")))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		this.mvc.perform(registration("Budi Santoso Fiktif").param("employee.nip.x", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"register-form\"")));
		this.mvc.perform(registration("Budi Santoso Fiktif").param("reporter..name", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"register-form\"")));
		verifyNoInteractions(this.registration);
	}

	@Test
	void refusesControlCharactersInARegistrationFormNamingTheField() throws Exception {
		this.mvc.perform(registration("Budi\u202eSantoso"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"error-employee.name\"")));
		verifyNoInteractions(this.registration);
	}

	private MockHttpServletRequestBuilder registration(String employeeName) {
		MockHttpServletRequestBuilder post = post("/cases/new").with(as("intake-prob", "intake")).with(csrf());
		flatten("",
				CaseFixture.withEmployee(
						CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(), CaseWalk.uniqueNip()), "name",
						employeeName),
				post);
		return post;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<String, Object> values, MockHttpServletRequestBuilder post) {
		values.forEach((name, value) -> {
			if (value instanceof Map<?, ?> nested) {
				flatten(prefix + name + ".", (Map<String, Object>) nested, post);
			}
			else if (value instanceof Collection<?> list) {
				list.forEach((v) -> post.param(prefix + name + "[]", String.valueOf(v)));
			}
			else {
				post.param(prefix + name, String.valueOf(value));
			}
		});
	}

	private static RequestPostProcessor as(String username, String role) {
		return user(username).authorities(Authorities.of(Set.of(role), Set.of("probolinggo")));
	}

}
