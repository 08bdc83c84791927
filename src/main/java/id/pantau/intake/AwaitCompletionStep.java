package id.pantau.intake;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * Intake records that the missing documents arrived; the case goes back to verification.
 */
@Component
class AwaitCompletionStep extends StepSupport<AwaitCompletionStep.Payload> {

	private final Cases cases;

	AwaitCompletionStep(Cases cases) {
		super(Tasks.AWAIT_COMPLETION, Payload.class);
		this.cases = cases;
	}

	record Payload(@NotNull LocalDate receivedOn, @Size(max = 2000) @MultiLine String note) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		NeutralityCase incomplete = this.cases.findById(context.caseId()).orElseThrow();
		if (payload.receivedOn().isBefore(incomplete.receivedOn())
				|| payload.receivedOn().isAfter(BusinessTime.today())) {
			throw new InvalidInputException("receivedOn", "date.not-before-registration", incomplete.receivedOn());
		}
		incomplete.recordCompletion(payload.receivedOn(), payload.note());
		return Map.of();
	}

}
