package id.pantau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every flow node and sequence flow of every model in {@code processes/} is passed by the
 * engine-only process tests ({@code *ProcessTests}) taken together, whichever class
 * passes it: the tests are run here, and their coverage reports
 * ({@code target/process-test-coverage/<class>/report.json}) are read and joined per
 * process. A model without a process test, or a new node no test reaches, fails here, not
 * only in the class that deploys it.
 */
class ProcessPathCoverageTests {

	private static final Path REPORTS = Path.of("target", "process-test-coverage");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void passesEveryFlowNodeAndSequenceFlowOfEveryModel() throws IOException {
		Set<String> classes = new TreeSet<>();
		TestExecutionSummary summary = runProcessTests(classes);
		Map<String, Set<String>> passed = new TreeMap<>();
		for (String testClass : classes) {
			readReport(REPORTS.resolve(testClass).resolve("report.json"), passed);
		}
		Map<String, Set<String>> missing = new TreeMap<>();
		elementsOfEveryModel().forEach((process, elements) -> {
			Set<String> notPassed = new TreeSet<>(elements);
			notPassed.removeAll(passed.getOrDefault(process, Set.of()));
			if (!notPassed.isEmpty()) {
				missing.put(process, notPassed);
			}
		});

		assertThat(classes).as("process test classes").isNotEmpty();
		assertThat(failures(summary)).as("failures of the process tests").isEmpty();
		assertThat(missing).as("elements no process test passes, per process").isEmpty();
	}

	private static TestExecutionSummary runProcessTests(Set<String> classes) {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(DiscoverySelectors.selectPackage("id.pantau"))
			.filters(ClassNameFilter.includeClassNamePatterns(".*ProcessTests"))
			.build();
		Launcher launcher = LauncherFactory.create();
		SummaryGeneratingListener summary = new SummaryGeneratingListener();
		launcher.discover(request)
			.getRoots()
			.forEach((root) -> launcher.discover(request)
				.getDescendants(root)
				.stream()
				.map(TestIdentifier::getLegacyReportingName)
				.filter((name) -> name.endsWith("ProcessTests"))
				.forEach(classes::add));
		launcher.execute(request, summary);
		return summary.getSummary();
	}

	private static List<String> failures(TestExecutionSummary summary) {
		List<String> failures = new ArrayList<>();
		summary.getFailures()
			.forEach((failure) -> failures
				.add(failure.getTestIdentifier().getDisplayName() + ": " + failure.getException().getMessage()));
		return failures;
	}

	/** The ids of the flow nodes and sequence flows of each process, by process key. */
	private static Map<String, Set<String>> elementsOfEveryModel() throws IOException {
		Map<String, Set<String>> elements = new TreeMap<>();
		Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn");
		assertThat(models).as("models in processes/").isNotEmpty();
		for (Resource model : models) {
			try (InputStream in = model.getInputStream()) {
				BpmnModelInstance bpmn = Bpmn.readModelFromStream(in);
				for (Process process : bpmn.getModelElementsByType(Process.class)) {
					elements.put(process.getId(), idsIn(bpmn, process));
				}
			}
		}
		return elements;
	}

	private static Set<String> idsIn(BpmnModelInstance bpmn, Process process) {
		Set<String> ids = new TreeSet<>();
		for (FlowElement element : bpmn.getModelElementsByType(FlowElement.class)) {
			if ((element instanceof FlowNode || element instanceof SequenceFlow) && processOf(element) == process) {
				ids.add(element.getId());
			}
		}
		return ids;
	}

	private static Process processOf(ModelElementInstance element) {
		ModelElementInstance parent = element.getParentElement();
		while (parent != null && !(parent instanceof Process)) {
			parent = parent.getParentElement();
		}
		return (Process) parent;
	}

	/**
	 * Adds the flow nodes and sequence flows the report's runs passed, by process key.
	 */
	private void readReport(Path report, Map<String, Set<String>> passed) throws IOException {
		assertThat(report).as("coverage report of the process tests").exists();
		JsonNode root = this.json.readTree(Files.readString(report));
		for (JsonNode suite : root.path("suites")) {
			for (JsonNode run : suite.path("runs")) {
				for (JsonNode event : run.path("events")) {
					passed.computeIfAbsent(event.path("modelKey").asText(), (key) -> new TreeSet<>())
						.add(event.path("definitionKey").asText());
				}
			}
		}
	}

}
