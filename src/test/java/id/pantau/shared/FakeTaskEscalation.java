package id.pantau.shared;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Stands in for the {@code taskEscalation} bean and remembers which step reminded or
 * escalated.
 */
public class FakeTaskEscalation {

	private final List<String> calls = new ArrayList<>();

	public void overdue(DelegateTask task) {
		this.calls.add("overdue " + task.getTaskDefinitionKey());
	}

	public void escalate(DelegateTask task) {
		this.calls.add("escalate " + task.getTaskDefinitionKey());
	}

	/**
	 * The calls of the current test, {@code overdue Task_X} or {@code escalate Task_X}.
	 */
	public List<String> calls() {
		return List.copyOf(this.calls);
	}

	void forget() {
		this.calls.clear();
	}

}
