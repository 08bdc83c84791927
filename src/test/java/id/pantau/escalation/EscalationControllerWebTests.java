package id.pantau.escalation;

import java.time.Instant;
import java.util.List;

import id.pantau.WebSlice;
import id.pantau.identity.PantauUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static id.pantau.WebSliceRequests.as;
import static id.pantau.WebSliceRequests.problem;
import static id.pantau.WebSliceRequests.refusedField;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@link EscalationController} alone: whose escalations are asked
 * for, the {@code openOnly} switch, and the PPK overdue list for administrators only.
 * Reminders and escalations as the engine fires them are in
 * {@link EscalationIntegrationTests}.
 */
@WebSlice(EscalationController.class)
class EscalationControllerWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Notifications notifications;

	@Test
	void listsTheCallersEscalationsOfStepsStillWaitingByDefault() throws Exception {
		given(this.notifications.escalationsFor(any(), eq(true))).willReturn(
				List.of(new Notification("PROB-2024-00042", "probolinggo", "ppk", "ESCALATION", "Task_DecideSanction",
						"task-1", Instant.parse("2026-11-09T16:59:59Z"), Instant.parse("2026-11-20T01:00:00Z"))));

		this.mvc.perform(as("ppk-prob", get("/api/escalations")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].caseNumber").value("PROB-2024-00042"))
			.andExpect(jsonPath("$[0].recipientRole").value("ppk"))
			.andExpect(jsonPath("$[0].dueAt").value("2026-11-09T16:59:59Z"))
			.andExpect(jsonPath("$[0].sentAt").value("2026-11-20T01:00:00Z"));
		verify(this.notifications).escalationsFor(argThat((PantauUser user) -> "ppk-prob".equals(user.username())),
				eq(true));
	}

	@Test
	void listsAlsoTheEscalationsOfEndedStepsWhenAsked() throws Exception {
		this.mvc.perform(as("ppk-prob", get("/api/escalations?openOnly=false"))).andExpect(status().isOk());

		verify(this.notifications).escalationsFor(any(), eq(false));
	}

	@Test
	void refusesAnOpenOnlyThatIsNotABoolean() throws Exception {
		this.mvc.perform(as("ppk-prob", get("/api/escalations?openOnly=maybe"))).andExpect(refusedField("openOnly"));

		verifyNoInteractions(this.notifications);
	}

	@Test
	void showsThePpkOverdueListToAdministratorsOnly() throws Exception {
		this.mvc.perform(as("ppk-prob", get("/api/admin/ppk-overdue")))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value("Tindakan ini hanya untuk peran: admin."));
		verifyNoInteractions(this.notifications);

		this.mvc.perform(as("admin", get("/api/admin/ppk-overdue"))).andExpect(status().isOk());
		verify(this.notifications).ppkOverdue(any());
	}

	@Test
	void refusesAnonymousCallerWithProblem() throws Exception {
		this.mvc.perform(get("/api/escalations")).andExpect(problem(401));

		verifyNoInteractions(this.notifications);
	}

}
