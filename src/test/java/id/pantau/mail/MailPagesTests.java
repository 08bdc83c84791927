package id.pantau.mail;

import java.time.Instant;
import java.util.Set;

import id.pantau.CaseWalk;
import id.pantau.identity.Authorities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of the notifications in the local profile: the count of new items next to
 * "Perlu tindakan saya" until the list is opened, the administrator's outbox (the local
 * mailbox: nothing leaves the machine) and each user's choice of a daily digest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class MailPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	OutboxSender sender;

	@Autowired
	Outbox outbox;

	@Autowired
	MailPreferences preferences;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void countsNewItemsNextToMyListWithATextForScreenReadersUntilIOpenIt() throws Exception {
		this.mvc.perform(get("/").with(as("intake-bll", "intake", "buleleng"))).andExpect(status().isOk());
		CaseWalk.registered(this.rest, "buleleng");
		CaseWalk.registered(this.rest, "buleleng");

		this.mvc.perform(get("/help").with(as("intake-bll", "intake", "buleleng")))
			.andExpect(content()
				.string(allOf(containsString("id=\"nav-new\""), containsString("<span aria-hidden=\"true\">2</span>"),
						containsString("2 hal baru sejak terakhir Anda melihat daftar ini"))));

		this.mvc.perform(get("/").with(as("intake-bll", "intake", "buleleng")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"nav-new\""))));
		this.mvc.perform(get("/help").with(as("intake-bll", "intake", "buleleng")))
			.andExpect(content().string(not(containsString("id=\"nav-new\""))));
	}

	@Test
	void keepsTheLocalMailsInAMailboxTheAdministratorReads() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		while (this.sender.sendDue(Instant.now()) > 0) {
			// one batch after the other, until the earlier tests' mails are out too
		}
		OutboxMail mail = this.outbox.latest(null, false, 500)
			.stream()
			.filter((m) -> walk.caseNumber().equals(m.caseNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(mail.status()).isEqualTo("DELIVERED_LOCALLY");

		this.mvc.perform(get("/admin/mail").with(as("admin", "admin", "pamekasan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(HtmlUtils.htmlEscape(mail.subject())),
					containsString("Di kotak surat lokal"), containsString("id=\"nav-mail\""))));
		this.mvc.perform(get("/admin/mail/" + mail.mailId()).with(as("admin", "admin", "pamekasan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("intake-pmk@pantau.example"),
					containsString("http://localhost:8080/tasks/" + walk.taskId("Task_VerifyCase")))));
		this.mvc.perform(get("/admin/mail").with(as("intake-pmk", "intake", "pamekasan")))
			.andExpect(status().isForbidden());
	}

	@Test
	void letsAUserChooseOneDailyDigestOnHisStartPage() throws Exception {
		this.mvc
			.perform(post("/mail-preference").param("digest", "true")
				.with(csrf())
				.with(as("insp1-pmk", "inspector", "pamekasan")))
			.andExpect(redirectedUrl("/"));

		assertThat(this.preferences.digest("insp1-pmk")).isTrue();
		this.mvc.perform(get("/").with(as("insp1-pmk", "inspector", "pamekasan")))
			.andExpect(content().string(containsString("id=\"digest\" checked")));

		this.mvc.perform(post("/mail-preference").with(csrf()).with(as("insp1-pmk", "inspector", "pamekasan")))
			.andExpect(redirectedUrl("/"));
		assertThat(this.preferences.digest("insp1-pmk")).isFalse();
	}

	private static RequestPostProcessor as(String username, String role, String region) {
		return user(username).authorities(Authorities.of(Set.of(role), Set.of(region)));
	}

}
