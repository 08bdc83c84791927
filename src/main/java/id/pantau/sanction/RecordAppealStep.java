package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.calendar.Deadlines;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * HR records an appeal filed within the window: an objection against any decision but a
 * dismissal, an administrative appeal to BPASN against a dismissal.
 */
@Component
class RecordAppealStep extends StepSupport<RecordAppealStep.Payload> {

	private final SanctionDecisions decisions;

	private final Appeals appeals;

	private final Deadlines deadlines;

	RecordAppealStep(SanctionDecisions decisions, Appeals appeals, Deadlines deadlines) {
		super(Tasks.RECORD_APPEAL, Payload.class);
		this.decisions = decisions;
		this.appeals = appeals;
		this.deadlines = deadlines;
	}

	record Payload(@NotNull AppealType type, @NotNull LocalDate filedOn,
			@NotBlank @Size(max = 4000) @MultiLine String grounds) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId())
			.filter((d) -> d.deliveredOn() != null)
			.orElseThrow(() -> new ConflictException("appeal.no-decision"));
		checkWindow(payload.filedOn(), decision.deliveredOn());
		AppealType allowed = (decision.finalSanction() != null && decision.finalSanction().isDismissal())
				? AppealType.ADMINISTRATIVE_APPEAL : AppealType.OBJECTION;
		if (payload.type() != allowed) {
			throw new InvalidInputException("type", "appeal.type." + allowed.name());
		}
		this.appeals.save(new Appeal(context.caseId(), payload.type(), payload.filedOn(), payload.grounds().strip(),
				context.username()));
		return Map.of(Variables.APPEAL_TYPE, payload.type().name());
	}

	private void checkWindow(LocalDate filedOn, LocalDate deliveredOn) {
		if (filedOn.isBefore(deliveredOn) || filedOn.isAfter(BusinessTime.today())) {
			throw new InvalidInputException("filedOn", "appeal.filed-on", deliveredOn);
		}
		LocalDate lastDay = this.deadlines.workingDaysAfter(deliveredOn, "appeal-window");
		if (filedOn.isAfter(lastDay)) {
			throw new ConflictException(Map.of("deadline", lastDay.toString()), "appeal.out-of-time", lastDay);
		}
	}

}
