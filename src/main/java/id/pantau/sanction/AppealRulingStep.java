package id.pantau.sanction;

import java.util.Map;

import id.pantau.intake.CaseDirectory;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The ruling on the open appeal reopens the decision: upheld, changed (with the new
 * sanction) or revoked; the final sanction of the case follows it
 * ({@link Appeal#decide}). Two acts by two roles take it: the PPK decides an objection
 * ({@link DecideObjectionStep}), HR records BPASN's ruling on an administrative appeal
 * ({@link RecordAppealRulingStep}).
 */
abstract class AppealRulingStep extends StepSupport<AppealRulingStep.Payload> {

	private final Appeals appeals;

	private final SanctionDecisions decisions;

	private final CaseDirectory cases;

	AppealRulingStep(StepDefinition<Payload> definition, Appeals appeals, SanctionDecisions decisions,
			CaseDirectory cases) {
		super(definition);
		this.appeals = appeals;
		this.decisions = decisions;
		this.cases = cases;
	}

	record Payload(@NotNull AppealOutcome outcome, Sanction sanction,
			@NotBlank @Size(max = 2000) @MultiLine String reason) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Appeal appeal = this.appeals.findFirstByCaseIdAndOutcomeIsNullOrderByFiledOnDesc(context.caseId())
			.orElseThrow(() -> new ConflictException("appeal.none"));
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId()).orElseThrow();
		EmploymentType employment = this.cases.find(context.caseId()).orElseThrow().employmentType();
		Sanction resulting = appeal.decide(payload.outcome(), payload.sanction(), decision.finalSanction(), employment,
				payload.reason(), context.username(), BusinessTime.now());
		decision.applyAppeal(payload.outcome(), resulting);
		return Map.of(Variables.APPEAL_OUTCOME, payload.outcome().name());
	}

}
