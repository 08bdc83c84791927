package id.pantau.shared;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What declares a step of the case route, in one place: the user task it completes (the
 * BPMN id, also the key of its form {@code templates/steps/<key>.html} and of its name
 * {@code step.<key>} in the message bundles), the role offered the task, the deadline its
 * due date names ({@link #deadlineOf derived from the key}) and the working days that
 * deadline has unless configured, and the payload the form and the API send. The models
 * must agree with it (checked by {@code StepDeclarationsTests}).
 *
 * @param key the task definition key, {@code Task_<Name>}
 * @param group the candidate group (role) the model offers the task to
 * @param deadline the name of the step's deadline,
 * {@code pantau.calendar.deadlines.<deadline>}
 * @param workingDays the deadline's default in working days
 * @param payloadType the payload, validated with Bean Validation
 * @param review whether the page shows the step as it will be recorded before it is
 * completed (the PPK's decision)
 * @param stage the stage of the route the step belongs to (the case page's stepper)
 * @param summary the payload fields that say in the case's history what the step decided,
 * in the order of the arguments of its message {@code web.history.done.<key>} (an enum by
 * its label, a yes/no by {@code web.history.<field>.<true|false>}, a list of user names
 * by the people's names, text as written)
 * @param <P> the payload
 */
public record StepDefinition<P>(String key, String group, String deadline, int workingDays, Class<P> payloadType,
		boolean review, RouteStage stage, List<String> summary) {

	private static final String PREFIX = "Task_";

	public StepDefinition {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(payloadType, "payloadType");
		Objects.requireNonNull(stage, "stage");
		summary = List.copyOf(summary);
		if (!key.matches(PREFIX + "[A-Z][A-Za-z0-9]+")) {
			throw new IllegalArgumentException("A step's key is Task_<Name>: " + key);
		}
		if (workingDays < 1) {
			throw new IllegalArgumentException("A step's deadline is at least one working day: " + key);
		}
	}

	/** A step whose deadline is named after its key. */
	public static <P> StepDefinition<P> of(String key, String group, RouteStage stage, int workingDays,
			Class<P> payloadType) {
		return new StepDefinition<>(key, group, deadlineOf(key), workingDays, payloadType, false, stage, List.of());
	}

	/** The same step, shown as it will be recorded before it is completed. */
	public StepDefinition<P> reviewedBeforeCompletion() {
		return new StepDefinition<>(this.key, this.group, this.deadline, this.workingDays, this.payloadType, true,
				this.stage, this.summary);
	}

	/** The same step, whose history line names these payload fields. */
	public StepDefinition<P> summarisedBy(String... fields) {
		return new StepDefinition<>(this.key, this.group, this.deadline, this.workingDays, this.payloadType,
				this.review, this.stage, List.of(fields));
	}

	/**
	 * The deadline name of a step's key: {@code Task_VerifyCase} is {@code verify-case}.
	 */
	public static String deadlineOf(String key) {
		String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
