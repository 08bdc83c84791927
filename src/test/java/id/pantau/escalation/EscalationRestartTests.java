package id.pantau.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import id.pantau.shared.FakeDeadlines;
import id.pantau.shared.NeutralityCaseProcess;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step's reminder and escalation each fire once, also when the engine is stopped and a
 * new one starts on the same database in between: the timers are jobs in the database,
 * and a fired timer's job is gone.
 */
class EscalationRestartTests {

	private final List<Notification> sent = new ArrayList<>();

	private final FakeDeadlines deadlines = new FakeDeadlines();

	private final List<ProcessEngine> engines = new ArrayList<>();

	@AfterEach
	void stopEngines() {
		this.engines.forEach(ProcessEngine::close);
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void remindsAndEscalatesOnceAcrossARestart() {
		ProcessEngine first = start("restart-first");
		first.getRepositoryService()
			.createDeployment()
			.addClasspathResource("processes/investigation/investigation.bpmn")
			.deploy();
		String instance = first.getRuntimeService()
			.startProcessInstanceByKey(NeutralityCaseProcess.INVESTIGATION_KEY, "PROB-2024-0099",
					Map.of(Variables.CASE_ID, 99L, Variables.REGION, "3513"))
			.getId();
		Date due = this.deadlines.dueOf("assign-team");
		ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofHours(1))));
		runDueJobs(first);
		assertThat(this.sent).extracting(Notification::kind, Notification::recipientRole)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OVERDUE_REMINDER", "chief-inspector"));
		first.close();

		ProcessEngine second = start("restart-second");
		runDueJobs(second);
		assertThat(this.sent).as("nothing fires again after the restart").hasSize(1);
		ClockUtil.setCurrentTime(
				Date.from(this.deadlines.escalationOf("assign-team").toInstant().plus(Duration.ofHours(1))));
		runDueJobs(second);
		runDueJobs(second);

		assertThat(this.sent).extracting(Notification::kind, Notification::recipientRole)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("OVERDUE_REMINDER", "chief-inspector"),
					org.assertj.core.groups.Tuple.tuple("ESCALATION", "ppk"));
		assertThat(second.getManagementService().createJobQuery().processInstanceId(instance).count()).isZero();
		assertThat(second.getTaskService().createTaskQuery().processInstanceId(instance).singleResult())
			.as("the step itself still waits")
			.isNotNull();
	}

	private ProcessEngine start(String name) {
		StandaloneProcessEngineConfiguration configuration = (StandaloneProcessEngineConfiguration) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration();
		Database database = database();
		configuration.setProcessEngineName(name)
			.setJdbcUrl(database.url())
			.setJdbcUsername(database.user())
			.setJdbcPassword(database.password())
			.setDatabaseSchemaUpdate(database.schemaUpdate())
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false);
		configuration.setExpressionManager(new MockExpressionManager());
		Mocks.register("deadlines", this.deadlines);
		Mocks.register("taskEscalation", new TaskEscalation(this.sent::add));
		ProcessEngine engine = configuration.buildProcessEngine();
		this.engines.add(engine);
		return engine;
	}

	/**
	 * The one database both engines use, created on first call; H2 in memory, the engine
	 * creating its own schema.
	 */
	Database database() {
		return new Database("jdbc:h2:mem:escalation-restart;DB_CLOSE_DELAY=-1", "sa", "",
				ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
	}

	/** Where the engines keep their jobs, and whether they create their schema. */
	record Database(String url, String user, String password, String schemaUpdate) {
	}

	private static void runDueJobs(ProcessEngine engine) {
		for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
			engine.getManagementService().executeJob(job.getId());
		}
	}

}
