package id.pantau.tasks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pantau.shared.StepDefinition;
import id.pantau.shared.TaskStep;

import org.springframework.stereotype.Component;

/**
 * The steps the modules declare, by the task definition keys they complete (their own and
 * those of model versions no longer deployed).
 */
@Component
public class Steps {

	private final Map<String, TaskStep<?>> byKey = new LinkedHashMap<>();

	private final List<TaskStep<?>> steps;

	Steps(List<TaskStep<?>> steps) {
		this.steps = List.copyOf(steps);
		for (TaskStep<?> step : steps) {
			add(step.taskKey(), step);
			step.formerKeys().forEach((key) -> add(key, step));
		}
	}

	private void add(String key, TaskStep<?> step) {
		TaskStep<?> other = this.byKey.putIfAbsent(key, step);
		if (other != null) {
			throw new IllegalStateException("Two steps complete task " + key + ": " + other.getClass().getSimpleName()
					+ " and " + step.getClass().getSimpleName());
		}
	}

	/** The step that completes tasks of the key, if any. */
	Optional<TaskStep<?>> step(String key) {
		return Optional.ofNullable(this.byKey.get(key));
	}

	/** The declaration of the step that completes tasks of the key, if any. */
	public Optional<StepDefinition<?>> definition(String key) {
		return step(key).map(TaskStep::definition);
	}

	/** Every step's declaration. */
	public Collection<StepDefinition<?>> definitions() {
		return this.steps.stream().<StepDefinition<?>>map(TaskStep::definition).toList();
	}

}
