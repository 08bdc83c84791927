package id.pantau.intake;

import java.util.Map;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * Intake checks a registered report: accepted, not our authority, left service,
 * incomplete.
 */
@Component
class VerifyCaseStep extends StepSupport<VerifyCaseStep.Payload> {

	private final Cases cases;

	VerifyCaseStep(Cases cases) {
		super(StepDefinition.of(Tasks.VERIFY_CASE, Groups.INTAKE, RouteStage.VERIFICATION, 5, Payload.class)
			.summarisedBy("outcome"));
		this.cases = cases;
	}

	record Payload(@NotNull VerificationOutcome outcome, @Size(max = 2000) @MultiLine String note,
			@Size(max = 200) String forwardedTo, @Size(max = 2000) @MultiLine String missingItems) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		NeutralityCase verified = this.cases.findById(context.caseId()).orElseThrow();
		verified.recordVerification(
				new Verification(payload.outcome(), payload.note(), payload.forwardedTo(), payload.missingItems()),
				context.username(), BusinessTime.now());
		return Map.of(Variables.VERIFICATION_OUTCOME, payload.outcome().name());
	}

}
