package id.pantau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.pantau.calendar.Deadlines;
import id.pantau.shared.StepDefinition;
import id.pantau.tasks.Steps;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A step is declared in one place ({@link StepDefinition}) and everything else agrees
 * with the declaration: the models offer its task to its role with a due date on its
 * deadline, its form ({@code templates/steps/<key>.html}) sends exactly the fields of its
 * payload, and it has a name in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class StepDeclarationsTests {

	private static final Path PROCESSES = Path.of("processes");

	private static final Path STEP_TEMPLATES = Path.of("src/main/resources/templates/steps");

	/** A field the form fragments of {@code web/fields.html} draw: its first argument. */
	private static final Pattern FIELD_FRAGMENT = Pattern
		.compile("fields :: (?:textField|textArea|select|yesNo|checkList)\\('([^']+)'");

	/** A field drawn by hand, or a group of fields ({@code 'aggravation.' + ...}). */
	private static final Pattern FIELD_NAME = Pattern.compile("\\sname=\"([^\"_][^\"]*)\"|th:name=\"'([a-zA-Z]+)\\.'");

	@Autowired
	Steps steps;

	@Autowired
	Deadlines deadlines;

	@Test
	void findsAUserTaskOfEveryStepOfferedToItsRoleAndDueOnItsDeadline() {
		Map<String, UserTask> tasks = userTasks();
		assertThat(this.steps.definitions()).isNotEmpty().allSatisfy((step) -> {
			UserTask task = tasks.get(step.key());
			assertThat(task).as("user task %s in processes/", step.key()).isNotNull();
			assertThat(task.getCamundaCandidateGroups()).as("role of %s", step.key()).isEqualTo(step.group());
			assertThat(task.getCamundaDueDate()).as("due date of %s", step.key())
				.isEqualTo("${deadlines.dueFor('" + step.deadline() + "', execution)}");
			assertThat(this.deadlines.workingDaysFor(step.deadline())).as("working days of %s", step.deadline())
				.isPositive();
		});
	}

	@Test
	void declaresAStepForEveryUserTaskOfTheModels() {
		assertThat(this.steps.definitions()).map(StepDefinition::key)
			.containsExactlyInAnyOrderElementsOf(userTasks().keySet());
	}

	@Test
	void namesDeadlinesAfterTheirSteps() {
		assertThat(StepDefinition.deadlineOf("Task_VerifyCase")).isEqualTo("verify-case");
		assertThat(StepDefinition.deadlineOf("Task_IssueNotProvenNotice")).isEqualTo("issue-not-proven-notice");
		assertThat(this.steps.definitions())
			.allSatisfy((step) -> assertThat(step.deadline()).isEqualTo(StepDefinition.deadlineOf(step.key())));
	}

	@Test
	void drawsEveryStepsFormWithExactlyTheFieldsOfItsPayload() {
		assertThat(this.steps.definitions()).allSatisfy((step) -> {
			Set<String> drawn = formFields(step.key());
			Set<String> payload = fieldsOf(step.payloadType());
			assertThat(drawn)
				.as("fields of templates/steps/%s.html against %s", step.key(), step.payloadType().getSimpleName())
				.containsExactlyInAnyOrderElementsOf(payload);
		});
	}

	@Test
	void namesEveryStepInBothLanguages() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/" + bundle)) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(this.steps.definitions())
				.allSatisfy((step) -> assertThat(messages).as(bundle).containsKey("step." + step.key()));
		}
	}

	/** The top-level fields a step's form sends (a group counts once, by its name). */
	/**
	 * A step's history line names fields of its payload, as many as its message
	 * {@code web.history.done.<key>} has arguments, in both languages.
	 */
	@Test
	void summarisesEveryStepInItsHistoryLineWithFieldsOfItsPayload() throws IOException {
		for (String bundle : List.of("i18n/web.properties", "i18n/web_en.properties")) {
			Properties messages = new Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(this.steps.definitions()).allSatisfy((step) -> {
				assertThat(fieldsOf(step.payloadType())).as("summary of " + step.key()).containsAll(step.summary());
				String line = messages.getProperty("web.history.done." + step.key());
				assertThat(line).as(bundle + ": history line of " + step.key()).isNotNull();
				assertThat(new java.text.MessageFormat(line).getFormats()).as(bundle + ": arguments of " + step.key())
					.hasSize(step.summary().size());
			});
		}
	}

	static Set<String> formFields(String key) {
		String html;
		try {
			html = Files.readString(STEP_TEMPLATES.resolve(key + ".html"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(html).as("choices typed into %s.html instead of read from the payload's enums", key)
			.doesNotContain("${ {'");
		String form = html.substring(html.indexOf("th:fragment=\"form\""), html.indexOf("th:fragment=\"reference\""));
		Set<String> fields = new TreeSet<>();
		Matcher fragment = FIELD_FRAGMENT.matcher(form);
		while (fragment.find()) {
			fields.add(top(fragment.group(1)));
		}
		Matcher name = FIELD_NAME.matcher(form);
		while (name.find()) {
			fields.add(top((name.group(1) != null) ? name.group(1) : name.group(2)));
		}
		return fields;
	}

	private static String top(String path) {
		return path.replace("[]", "").split("\\.")[0];
	}

	static Set<String> fieldsOf(Class<?> payload) {
		assertThat(payload.isRecord()).as(payload.getName()).isTrue();
		Set<String> names = new TreeSet<>();
		for (RecordComponent component : payload.getRecordComponents()) {
			names.add(component.getName());
		}
		return names;
	}

	static Map<String, UserTask> userTasks() {
		Map<String, UserTask> tasks = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(PROCESSES)) {
			files.filter((f) -> f.toString().endsWith(".bpmn"))
				.map((f) -> Bpmn.readModelFromFile(f.toFile()))
				.flatMap((model) -> model.getModelElementsByType(UserTask.class).stream())
				.forEach((task) -> tasks.put(task.getId(), task));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tasks;
	}

}
