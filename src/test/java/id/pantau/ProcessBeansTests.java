package id.pantau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.engine.DeadlineTimers;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every bean a process model names in an expression exists in the application, and the
 * engine's expressions reach those beans only, never the rest of the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ProcessBeansTests {

	static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\.");

	/** Names the engine resolves itself, not beans. */
	static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");

	@Autowired
	ApplicationContext context;

	@Autowired
	ProcessEngine engine;

	@Test
	void findsEveryBeanNamedInTheModels() throws IOException {
		Set<String> named = namedInModels();
		assertThat(named).containsExactlyInAnyOrder("deadlines", "caseClosure", "taskEscalation");
		named.forEach((bean) -> assertThat(this.context.containsBean(bean)).as(bean).isTrue());
	}

	@Test
	void letsExpressionsReachExactlyTheBeansTheModelsName() throws IOException {
		assertThat(configuration().getBeans().keySet()).map(String::valueOf)
			.containsExactlyInAnyOrderElementsOf(namedInModels());
		assertThat(evaluate("${caseClosure}")).isSameAs(this.context.getBean("caseClosure"));
		assertThat(evaluate("${deadlines}")).isSameAs(this.context.getBean("deadlines"));
	}

	@Test
	void refusesExpressionsThatNameAnyOtherBean() {
		assertThat(this.context.containsBean("jdbcTemplate")).isTrue();

		assertThatThrownBy(() -> evaluate("${jdbcTemplate}")).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("jdbcTemplate");
		assertThatThrownBy(() -> evaluate("${processEngine.name}")).isInstanceOf(ProcessEngineException.class);
	}

	@Test
	void refusesADeployedModelThatCallsAnApplicationBean() {
		RepositoryService repository = this.engine.getRepositoryService();
		repository.createDeployment()
			.name("bean-calling model")
			.addString("back-door.bpmn", BackDoorModel.XML)
			.deploy();

		assertThatThrownBy(() -> this.engine.getRuntimeService().startProcessInstanceByKey("BackDoor"))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("jdbcTemplate");
		assertThat(
				this.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("BackDoor").count())
			.isZero();
	}

	private ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration();
	}

	private Object evaluate(String expression) {
		ProcessEngineConfigurationImpl configuration = configuration();
		return configuration.getCommandExecutorTxRequired()
			.execute((command) -> configuration.getExpressionManager()
				.createExpression(expression)
				.getValue(StartProcessVariableScope.getSharedInstance()));
	}

	/** The beans named in the expressions of the shipped models. */
	static Set<String> namedInModels() throws IOException {
		Set<String> named = new TreeSet<>();
		for (Resource model : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:processes/**/*.bpmn")) {
			try (InputStream in = model.getInputStream()) {
				Matcher m = BEAN_CALL.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				while (m.find()) {
					named.add(m.group(1));
				}
			}
		}
		for (String attached : List.of(DeadlineTimers.OVERDUE, DeadlineTimers.ESCALATE,
				DeadlineTimers.escalationOf("any-step"))) {
			Matcher m = BEAN_CALL.matcher(attached);
			while (m.find()) {
				named.add(m.group(1));
			}
		}
		named.removeAll(ENGINE_NAMES);
		return named;
	}

}
