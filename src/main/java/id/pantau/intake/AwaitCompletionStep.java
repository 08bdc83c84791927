package id.pantau.intake;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
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

	private final RegionTime regionTime;

	AwaitCompletionStep(Cases cases, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.AWAIT_COMPLETION, Groups.INTAKE, RouteStage.VERIFICATION, 14, Payload.class));
		this.cases = cases;
		this.regionTime = regionTime;
	}

	record Payload(@NotNull LocalDate receivedOn, @Size(max = 2000) @MultiLine String note) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		NeutralityCase incomplete = this.cases.findById(context.caseId()).orElseThrow();
		incomplete.recordCompletion(payload.receivedOn(), payload.note(), this.regionTime.today(context.region()));
		return Map.of();
	}

}
