package id.pantau.shared;

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
 * @param <P> the payload
 */
public record StepDefinition<P>(String key, String group, String deadline, int workingDays, Class<P> payloadType,
		boolean review) {

	private static final String PREFIX = "Task_";

	public StepDefinition {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(payloadType, "payloadType");
		if (!key.matches(PREFIX + "[A-Z][A-Za-z0-9]+")) {
			throw new IllegalArgumentException("A step's key is Task_<Name>: " + key);
		}
		if (workingDays < 1) {
			throw new IllegalArgumentException("A step's deadline is at least one working day: " + key);
		}
	}

	/** A step whose deadline is named after its key. */
	public static <P> StepDefinition<P> of(String key, String group, int workingDays, Class<P> payloadType) {
		return new StepDefinition<>(key, group, deadlineOf(key), workingDays, payloadType, false);
	}

	/** The same step, shown as it will be recorded before it is completed. */
	public StepDefinition<P> reviewedBeforeCompletion() {
		return new StepDefinition<>(this.key, this.group, this.deadline, this.workingDays, this.payloadType, true);
	}

	/**
	 * The deadline name of a step's key: {@code Task_VerifyCase} is {@code verify-case}.
	 */
	public static String deadlineOf(String key) {
		String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
