package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;

import org.springframework.stereotype.Component;

/** HR records the delivery of the decision letter; the appeal window opens. */
@Component
class DeliverDecisionStep extends StepSupport<DeliverDecisionStep.Payload> {

	private final SanctionDecisions decisions;

	private final RegionTime regionTime;

	DeliverDecisionStep(SanctionDecisions decisions, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.DELIVER_DECISION, Groups.HR, RouteStage.DELIVERY, 14, Payload.class));
		this.decisions = decisions;
		this.regionTime = regionTime;
	}

	record Payload(@NotNull LocalDate deliveredOn, @NotNull DeliveryMethod method) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId())
			.orElseThrow(() -> new ConflictException("decision.not-drafted"));
		decision.recordDelivery(payload.deliveredOn(), payload.method(), context.username(),
				this.regionTime.today(context.region()));
		return Map.of();
	}

}
