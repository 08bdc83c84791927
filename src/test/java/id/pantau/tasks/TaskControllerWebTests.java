package id.pantau.tasks;

import java.util.List;

import id.pantau.WebSlice;
import id.pantau.shared.PageView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static id.pantau.WebSliceRequests.as;
import static id.pantau.WebSliceRequests.problem;
import static id.pantau.WebSliceRequests.refusedField;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of {@link TaskController} alone: paging and sorting parameters are
 * checked before the task list is asked, the URL rules refuse the anonymous and the
 * auditor's commands, and a command's confirmation names the step in the caller's
 * language. Who may take which task, and the step payloads, are in
 * {@link TaskControllerTests}.
 */
@WebSlice(TaskController.class)
class TaskControllerWebTests {

	private static final String TASK = "task-1";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TaskList list;

	@MockitoBean
	TaskCommands commands;

	@Test
	void refusesPageSizeAboveHundred() throws Exception {
		this.mvc.perform(as("intake-prob", get("/api/tasks?view=group&size=101")))
			.andExpect(refusedField("size"))
			.andExpect(jsonPath("$.errors[0].message").value("harus paling banyak 100"));
		verifyNoInteractions(this.list);
	}

	@Test
	void asksForTheLastAllowedPageAndRefusesAPageBeyondItNamingThePage() throws Exception {
		given(this.list.list(any(), any(), any(), anyInt(), anyInt(), any(), anyBoolean()))
			.willReturn(PageView.of(List.of(), 100000, 100, 0));

		this.mvc.perform(as("intake-prob", get("/api/tasks?view=group&page=21474837&size=100")))
			.andExpect(refusedField("page"));
		verifyNoInteractions(this.list);
		this.mvc.perform(as("intake-prob", get("/api/tasks?view=group&page=100000&size=100")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());
		verify(this.list).list(any(), eq(TaskView.group), any(), eq(100000), eq(100), eq(TaskList.SortBy.dueAt),
				eq(true));
	}

	@Test
	void refusesAnUnknownViewOrSortNamingTheParameter() throws Exception {
		this.mvc.perform(as("intake-prob", get("/api/tasks?view=everything")))
			.andExpect(refusedField("view"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("everything")));
		this.mvc.perform(as("intake-prob", get("/api/tasks?sort=priority"))).andExpect(refusedField("sort"));
		verifyNoInteractions(this.list);
	}

	@Test
	void refusesAnonymousCallerWithProblem() throws Exception {
		this.mvc.perform(get("/api/tasks")).andExpect(problem(401));
		this.mvc.perform(post("/api/tasks/" + TASK + "/claim")).andExpect(problem(401));
		verifyNoInteractions(this.list, this.commands);
	}

	@Test
	void refusesEveryCommandOfTheAuditorWhoOnlyReads() throws Exception {
		for (String command : List.of("claim", "unclaim", "complete")) {
			this.mvc
				.perform(as("auditor", post("/api/tasks/" + TASK + "/" + command))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(problem(403))
				.andExpect(jsonPath("$.detail")
					.value("Peran auditor hanya untuk membaca; Anda tidak dapat mengubah data."));
		}
		verifyNoInteractions(this.commands);
	}

	@Test
	void confirmsAClaimNamingTheStepAndTheCase() throws Exception {
		given(this.commands.claim(any(), eq(TASK)))
			.willReturn(new TaskResult(TASK, "Task_VerifyCase", "PROB-2024-00042", "task.claimed.done", List.of()));

		this.mvc.perform(as("intake-prob", post("/api/tasks/" + TASK + "/claim")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message")
				.value("Tugas \"Verifikasi laporan\" perkara PROB-2024-00042 sekarang Anda kerjakan."))
			.andExpect(jsonPath("$.stepKey").value("Task_VerifyCase"))
			.andExpect(jsonPath("$.stepName").value("Verifikasi laporan"))
			.andExpect(jsonPath("$.caseNumber").value("PROB-2024-00042"))
			.andExpect(jsonPath("$.currentSteps").isArray());
	}

	@Test
	void confirmsACompletionInEnglishWhenAsked() throws Exception {
		given(this.commands.complete(any(), eq(TASK), any()))
			.willReturn(new TaskResult(TASK, "Task_VerifyCase", "PROB-2024-00042", "task.completed.done", List.of()));

		this.mvc
			.perform(as("intake-prob", post("/api/tasks/" + TASK + "/complete"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\": \"ACCEPTED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message").value("\"Verify the report\" of case PROB-2024-00042 is completed."))
			.andExpect(jsonPath("$.stepName").value("Verify the report"));
	}

	@Test
	void refusesACompletionBodyOfMoreThanOneJsonValue() throws Exception {
		this.mvc
			.perform(as("intake-prob", post("/api/tasks/" + TASK + "/complete")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\": \"ACCEPTED\"} {}"))
			.andExpect(refusedField("body"));
		verifyNoInteractions(this.commands);
	}

}
