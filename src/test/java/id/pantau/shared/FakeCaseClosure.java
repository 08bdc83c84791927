package id.pantau.shared;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the {@code caseClosure} bean and remembers which case was closed why. */
public class FakeCaseClosure {

	private final List<Closure> closures = new ArrayList<>();

	public void close(DelegateExecution execution, String reason) {
		this.closures.add(new Closure(execution.getProcessBusinessKey(), reason));
	}

	public List<Closure> closures() {
		return List.copyOf(this.closures);
	}

	void forget() {
		this.closures.clear();
	}

	/**
	 * One call of the closure listener: the case number (business key) and the reason.
	 */
	public record Closure(String caseNumber, String reason) {
	}

}
