package id.pantau.demo;

import java.util.List;

import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseDirectory;
import id.pantau.shared.PageView;
import id.pantau.tasks.TaskList;
import id.pantau.tasks.TaskRow;
import id.pantau.tasks.TaskView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user finds after the first start: six demo cases at their steps, loaded
 * once.
 */
@SpringBootTest(properties = "pantau.demo.enabled=true")
@ActiveProfiles({ "local", "test" })
class DemoCasesIntegrationTests {

	@Autowired
	CaseDirectory cases;

	@Autowired
	TaskList tasks;

	@Autowired
	UserDirectory users;

	@Autowired
	DemoCases demo;

	@Test
	void loadsCasesAtTheirStepsWithOneOverdue() {
		assertThat(this.cases.count()).isEqualTo(6);
		assertThat(steps("intake-prob", TaskView.group)).containsExactly("Task_VerifyCase", "Task_VerifyCase");
		assertThat(steps("intake-prob", TaskView.overdue)).containsExactly("Task_VerifyCase");
		assertThat(steps("ppk-prob", TaskView.group)).containsExactly("Task_DecideSanction");
		assertThat(steps("insp1-prob", TaskView.mine)).containsExactly("Task_RecordAttendance");
		assertThat(steps("inspektur-pmk", TaskView.group)).containsExactly("Task_AssignTeam");
		assertThat(steps("intake-pmk", TaskView.group)).isEmpty();
	}

	@Test
	void loadsNothingIntoDatabaseThatHasCases() throws Exception {
		this.demo.run(new DefaultApplicationArguments());
		assertThat(this.cases.count()).isEqualTo(6);
	}

	private List<String> steps(String username, TaskView view) {
		PageView<TaskRow> page = this.tasks.list(this.users.find(username).orElseThrow(), view,
				new TaskList.Filter(null, null, null), 0, 20, TaskList.SortBy.dueAt, true);
		return page.content().stream().map(TaskRow::stepKey).toList();
	}

}
