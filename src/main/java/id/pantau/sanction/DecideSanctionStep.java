package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
import id.pantau.rules.Recommendation;
import id.pantau.rules.SanctionRecommendations;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

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
		super(Tasks.DECIDE_SANCTION, Payload.class);
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
		Sanction sanction = check(payload, decision, context);
		recordRecommendation(decision, sanction, payload.deviationReason(), context.caseId());
		decision.decide(payload.outcome(), sanction, payload.reason(), payload.decreeNumber(), payload.decidedOn(),
				context.username(), BusinessTime.now());
		this.events.publishEvent(new SanctionDecided(context.caseId(), payload.outcome().name(),
				(sanction != null) ? sanction.name() : null, decision.deviated()));
		return Map.of(Variables.DECISION_OUTCOME, payload.outcome().name());
	}

	private Sanction check(Payload payload, SanctionDecision decision, StepContext context) {
		long caseId = context.caseId();
		if (payload.decidedOn().isAfter(this.regionTime.today(context.region()))) {
			throw new InvalidInputException("decidedOn", "date.future");
		}
		LocalDate receivedOn = this.cases.find(caseId).orElseThrow().receivedOn();
		if (payload.decidedOn().isBefore(receivedOn)) {
			throw new InvalidInputException("decidedOn", "date.not-before-registration", receivedOn);
		}
		if (payload.outcome() != DecisionOutcome.APPROVE && !StringUtils.hasText(payload.reason())) {
			throw new InvalidInputException("reason", "decision.reason.required");
		}
		if (payload.outcome() != DecisionOutcome.REJECT && !StringUtils.hasText(payload.decreeNumber())) {
			throw new InvalidInputException("decreeNumber", "decision.decree-number.required");
		}
		return switch (payload.outcome()) {
			case APPROVE -> decision.proposedSanction();
			case REJECT -> null;
			case CHANGE -> changedSanction(payload, decision, caseId);
		};
	}

	private void recordRecommendation(SanctionDecision decision, Sanction sanction, String deviationReason,
			long caseId) {
		Optional<Recommendation> recommendation = this.recommendations.latest(caseId);
		if (recommendation.isEmpty()) {
			return;
		}
		boolean followed = recommendation.get().followedBy(sanction);
		if (!followed && !StringUtils.hasText(deviationReason)) {
			throw new InvalidInputException("deviationReason", "decision.deviation-reason.required",
					recommendation.get().candidateSanctions());
		}
		decision.recordRecommendation(followed, followed ? null : deviationReason.strip());
	}

	private Sanction changedSanction(Payload payload, SanctionDecision decision, long caseId) {
		if (payload.sanction() == null || payload.sanction() == decision.proposedSanction()) {
			throw new InvalidInputException("sanction", "decision.sanction.change-required");
		}
		var type = this.cases.find(caseId).orElseThrow().employmentType();
		if (!payload.sanction().appliesTo(type)) {
			throw new InvalidInputException("sanction", "sanction.not-applicable", payload.sanction(), type);
		}
		return payload.sanction();
	}

}
