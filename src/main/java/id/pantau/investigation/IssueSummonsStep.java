package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import id.pantau.calendar.Deadlines;
import id.pantau.intake.CaseDirectory;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * An inspector issues a written summons; the hearing must be at least the configured
 * number of working days (default 7) after the letter. The second summons follows a first
 * absence.
 */
@Component
class IssueSummonsStep extends StepSupport<IssueSummonsStep.Payload> {

	private final SummonsLetters summons;

	private final CaseDirectory cases;

	private final Deadlines deadlines;

	IssueSummonsStep(SummonsLetters summons, CaseDirectory cases, Deadlines deadlines) {
		super(Tasks.ISSUE_SUMMONS, Payload.class);
		this.summons = summons;
		this.cases = cases;
		this.deadlines = deadlines;
	}

	record Payload(@NotBlank @Size(max = 120) String letterNumber, @NotNull LocalDate issuedOn,
			@NotNull LocalDateTime hearingAt, @NotBlank @Size(max = 200) String place) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		LocalDate receivedOn = this.cases.find(context.caseId()).orElseThrow().receivedOn();
		if (payload.issuedOn().isBefore(receivedOn) || payload.issuedOn().isAfter(BusinessTime.today())) {
			throw new InvalidInputException("issuedOn", "date.not-before-registration", receivedOn);
		}
		LocalDate earliest = this.deadlines.workingDaysAfter(payload.issuedOn(), "summons-notice");
		if (payload.hearingAt().toLocalDate().isBefore(earliest)) {
			throw new InvalidInputException("hearingAt", "summons.hearing.too-early",
					this.deadlines.workingDaysFor("summons-notice"), earliest);
		}
		int round = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId()).map(Summons::round).orElse(0) + 1;
		this.summons.save(new Summons(context.caseId(), round, payload.letterNumber().strip(), payload.issuedOn(),
				payload.hearingAt(), payload.place().strip(), context.username()));
		return Map.of(Variables.SUMMONS_ROUND, round);
	}

}
