package id.pantau;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cases whose appeal window runs on the model version before the ruling became two tasks
 * (one {@code Task_DecideAppeal}, offered to the PPK or HR by the appeal's type, due on
 * the deadline {@code decide-appeal}) still reach their end: the task gets its due date
 * and the PPK completes it like the objection it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class FormerAppealModelIntegrationTests {

	private static final String FORMER_MODEL = "processes-former/appeal-window-before-issue-12.bpmn";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	RepositoryService repository;

	@Test
	void completesTheRulingTaskOfTheFormerAppealModelStillOpenInACase() {
		LocalDate today = LocalDate.now();
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", today);
		String deployment = this.repository.createDeployment()
			.addClasspathResource(FORMER_MODEL)
			.name("appeal window before issue 12")
			.deploy()
			.getId();
		try {
			walk.deliver(today)
				.act("hr-prob", "Task_RecordAppeal",
						Map.of("type", "OBJECTION", "filedOn", today.toString(), "grounds", "Keberatan atas hukuman"));
			assertThat(walk.steps()).containsExactly("Task_DecideAppeal");
			JsonNode former = walk.step("Task_DecideAppeal");
			assertThat(former.get("dueAt").isNull()).as("due date of %s", former).isFalse();

			walk.act("ppk-prob", "Task_DecideAppeal", Map.of("outcome", "UPHELD", "reason", "Tidak ada fakta baru"));

			assertThat(walk.steps()).containsExactly("Task_ReportFollowUp");
		}
		finally {
			this.repository.deleteDeployment(deployment, true);
		}
	}

}
