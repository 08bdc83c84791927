package id.pantau;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseRegistration;
import id.pantau.intake.CaseSearch;
import id.pantau.intake.CaseSource;
import id.pantau.intake.ElectionStage;
import id.pantau.intake.ElectionType;
import id.pantau.intake.PositionType;
import id.pantau.intake.RegisterCaseRequest;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.PageView;
import id.pantau.shared.Violation;
import id.pantau.tasks.TaskList;
import id.pantau.tasks.TaskView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A page of the task list or of the case search costs the same few SQL statements for 20
 * rows as for 2: the rows' cases, employees, acts and open steps are read for the whole
 * page at once (they used to cost one statement or more per row, 19 to 25 a page).
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
@Import(StatementCount.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListStatementsIntegrationTests {

	/** A constant: the count, the page, and one more for what the page's rows share. */
	private static final int MOST_STATEMENTS = 4;

	@Autowired
	CaseRegistration registration;

	@Autowired
	TaskList tasks;

	@Autowired
	CaseSearch search;

	@Autowired
	UserDirectory users;

	@Autowired
	DataSource dataSource;

	PantauUser intake;

	@BeforeAll
	void registerCases() {
		this.intake = this.users.find("intake-pmk").orElseThrow();
		for (int i = 0; i < 25; i++) {
			this.registration.register(request("B-" + i + "/STATEMENTS/2024"), this.intake);
		}
	}

	@Test
	void listsAPageOfTasksInAFewStatements() {
		StatementCount.Counted<PageView<?>> twenty = StatementCount.of(() -> tasks(20));
		StatementCount.Counted<PageView<?>> two = StatementCount.of(() -> tasks(2));
		assertThat(twenty.result().content()).hasSize(20);
		assertThat(twenty.count()).as("%s", twenty.statements())
			.isEqualTo(two.count())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	@Test
	void searchesAPageOfCasesInAFewStatements() {
		StatementCount.Counted<PageView<?>> twenty = StatementCount.of(() -> cases(20));
		StatementCount.Counted<PageView<?>> two = StatementCount.of(() -> cases(2));
		assertThat(twenty.result().content()).hasSize(20);
		assertThat(twenty.count()).as("%s", twenty.statements())
			.isEqualTo(two.count())
			.isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	/**
	 * The overdue view reads the open steps through the index on region, end and due time
	 * (the engine's task table has no index on the due date, so it read every task).
	 */
	@Test
	void findsOverdueStepsThroughTheIndexOnOpenSteps() throws SQLException {
		StatementCount.Counted<PageView<?>> overdue = StatementCount.of(() -> this.tasks.list(this.intake,
				TaskView.overdue, new TaskList.Filter(null, null, null), 0, 20, TaskList.SortBy.dueAt, true));
		List<String> reads = overdue.statements().stream().filter((sql) -> sql.contains("audit_step")).toList();
		assertThat(reads).as("%s", overdue.statements()).isNotEmpty();
		try (Connection connection = this.dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"),
					"the plan is read from H2's EXPLAIN; on PostgreSQL a few rows are read without an index");
			for (String sql : reads) {
				assertThat(plan(connection, sql)).as(sql).contains("IX_AUDIT_STEP_OPEN");
			}
		}
	}

	/**
	 * H2's plan of a statement; its parameters are bound to text, which EXPLAIN does not
	 * read.
	 */
	private static String plan(Connection connection, String sql) throws SQLException {
		try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
			for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
				explain.setString(i, "x");
			}
			try (ResultSet plan = explain.executeQuery()) {
				plan.next();
				return plan.getString(1).toUpperCase(Locale.ROOT);
			}
		}
	}

	private PageView<?> tasks(int size) {
		return this.tasks.list(this.intake, TaskView.group, new TaskList.Filter("pamekasan", null, null), 0, size,
				TaskList.SortBy.dueAt, true);
	}

	private PageView<?> cases(int size) {
		return this.search.search(this.intake,
				new CaseSearch.Filter("pamekasan", null, "Task_VerifyCase", null, null, null), 0, size,
				CaseSearch.SortBy.registeredAt, Sort.Direction.DESC);
	}

	private static RegisterCaseRequest request(String reference) {
		return new RegisterCaseRequest("pamekasan", CaseSource.BKN_RECOMMENDATION, reference, null,
				LocalDate.now().minusDays(1),
				new RegisterCaseRequest.Employee("198504122010011002", "Budi Santoso Fiktif", EmploymentType.PNS,
						"Guru", PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY),
				Set.of(Violation.BANNER, Violation.SOCMED_CAMPAIGN), "Memasang spanduk.", null, null);
	}

}
