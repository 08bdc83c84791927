package id.pantau.shared;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The one setup of the engine-only process tests: the in-memory engine of
 * {@code camunda.cfg.xml} (with the deadline timers, as in the application), the models
 * of the class's {@code @Deployment}, process test coverage written to
 * {@code target/process-test-coverage} and asserted complete (1.0) for the class's
 * models, and the fakes of the beans the models call ({@code deadlines},
 * {@code caseClosure}, {@code taskEscalation}), fresh for every test. Register it as a
 * static field:
 * {@code @RegisterExtension static ProcessEngineFixture engine = ProcessEngineFixture.covering();}
 */
public final class ProcessEngineFixture
		implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor, BeforeEachCallback,
		BeforeTestExecutionCallback, AfterTestExecutionCallback, AfterEachCallback, ParameterResolver {

	private final String[] calledProcessKeys;

	/** New for every run of the class, as its coverage is collected per run. */
	private ProcessEngineCoverageExtension coverage;

	private final FakeDeadlines deadlines = new FakeDeadlines();

	private final FakeCaseClosure caseClosure = new FakeCaseClosure();

	private final FakeTaskEscalation taskEscalation = new FakeTaskEscalation();

	private ProcessEngineFixture(String... calledProcessKeys) {
		this.calledProcessKeys = calledProcessKeys;
	}

	/**
	 * Every flow node and sequence flow of every model the class deploys must be passed
	 * by its tests.
	 */
	public static ProcessEngineFixture covering() {
		return coveringAllBut();
	}

	/**
	 * As {@link #covering()}, but the models of the given process keys are only called (a
	 * test class of their own covers them).
	 */
	public static ProcessEngineFixture coveringAllBut(String... calledProcessKeys) {
		return new ProcessEngineFixture(calledProcessKeys);
	}

	public ProcessEngine getProcessEngine() {
		return this.coverage.getProcessEngine();
	}

	/** The {@code deadlines} bean: every step due on a date of its own. */
	public FakeDeadlines deadlines() {
		return this.deadlines;
	}

	/** The {@code caseClosure} bean: the closures of the current test. */
	public FakeCaseClosure caseClosure() {
		return this.caseClosure;
	}

	/**
	 * The {@code taskEscalation} bean: the reminders and escalations of the current test.
	 */
	public FakeTaskEscalation taskEscalation() {
		return this.taskEscalation;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.coverage = ProcessEngineCoverageExtension.builder()
			.excludeProcessDefinitionKeys(this.calledProcessKeys)
			.assertClassCoverageAtLeast(1.0)
			.build();
		this.coverage.beforeAll(context);
	}

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
		this.coverage.postProcessTestInstance(testInstance, context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		init(getProcessEngine());
		this.caseClosure.forget();
		this.taskEscalation.forget();
		Mocks.register("deadlines", this.deadlines);
		Mocks.register("caseClosure", this.caseClosure);
		Mocks.register("taskEscalation", this.taskEscalation);
	}

	@Override
	public void beforeTestExecution(ExtensionContext context) {
		this.coverage.beforeTestExecution(context);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		this.coverage.afterTestExecution(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Mocks.reset();
		reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.coverage.afterAll(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return this.coverage.supportsParameter(parameter, context);
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return this.coverage.resolveParameter(parameter, context);
	}

}
