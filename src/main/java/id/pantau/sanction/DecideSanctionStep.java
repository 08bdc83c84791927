package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.rules.SanctionRecommendations;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The PPK approves the drafted sanction, changes it (with a reason) or rejects it (with a
 * reason). A sanction other than the inspectors' recommendation is recorded as a
 * deviation.
 */
@Component
class DecideSanctionStep extends StepSupport<DecideSanctionStep.Payload> {

	private final SanctionDecisions decisions;

	private final CaseDirectory cases;

	private final ApplicationEventPublisher events;

	private final SanctionRecommendations recommendations;

	private final RegionTime regionTime;

	DecideSanctionStep(SanctionDecisions decisions, CaseDirectory cases, ApplicationEventPublisher events,
			SanctionRecommendations recommendations, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.DECIDE_SANCTION, Groups.PPK, RouteStage.DECISION, 14, Payload.class)
			.summarisedBy("outcome", "decreeNumber")
			.reviewedBeforeCompletion());
		this.regionTime = regionTime;
		this.decisions = decisions;
		this.cases = cases;
		this.events = events;
		this.recommendations = recommendations;
	}

	/**
	 * A decision outside the sanction table's recommendation needs a deviation reason.
	 */
	record Payload(@NotNull DecisionOutcome outcome, Sanction sanction, @Size(max = 2000) @MultiLine String reason,
			@Size(max = 120) String decreeNumber, @NotNull LocalDate decidedOn,
			@Size(max = 2000) @MultiLine String deviationReason) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId())
			.orElseThrow(() -> new ConflictException("decision.not-drafted"));
		CaseSummary caseView = this.cases.find(context.caseId()).orElseThrow();
		DecisionFacts facts = new DecisionFacts(this.regionTime.today(context.region()), caseView.receivedOn(),
				caseView.employmentType(), this.recommendations.latest(context.caseId()));
		Sanction sanction = decision.decide(new PpkDecision(payload.outcome(), payload.sanction(), payload.reason(),
				payload.decreeNumber(), payload.decidedOn(), payload.deviationReason()), facts, context.username(),
				BusinessTime.now());
		this.events.publishEvent(new SanctionDecided(context.caseId(), payload.outcome().name(),
				(sanction != null) ? sanction.name() : null, decision.deviated()));
		return Map.of(Variables.DECISION_OUTCOME, payload.outcome().name());
	}

}
