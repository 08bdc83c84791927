package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import id.pantau.intake.CaseDirectory;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * An inspector issues a written summons; the hearing must be at least the configured
 * number of working days (default 7) after the letter, on a working day, inside office
 * hours of the region. The second summons follows a first absence: it is issued on or
 * after the day of the missed hearing (and is due 7 working days after it, PP 94/2021
 * art. 31).
 */
@Component
class IssueSummonsStep extends StepSupport<IssueSummonsStep.Payload> {

	private final SummonsLetters summons;

	private final CaseDirectory cases;

	private final HearingCalendars calendars;

	IssueSummonsStep(SummonsLetters summons, CaseDirectory cases, HearingCalendars calendars) {
		super(StepDefinition.of(Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, RouteStage.EXAMINATION, 5, Payload.class)
			.summarisedBy("letterNumber"));
		this.summons = summons;
		this.cases = cases;
		this.calendars = calendars;
	}

	/** The hearing is a wall-clock time of the case's region. */
	record Payload(@NotBlank @Size(max = 120) String letterNumber, @NotNull LocalDate issuedOn,
			@NotNull LocalDateTime hearingAt, @NotBlank @Size(max = 200) String place) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Optional<Summons> missed = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId());
		LocalDate receivedOn = this.cases.find(context.caseId()).orElseThrow().receivedOn();
		Summons issued = this.summons.save(
				Summons.issue(context.caseId(), missed, payload.letterNumber(), payload.issuedOn(), payload.hearingAt(),
						payload.place(), context.username(), receivedOn, this.calendars.of(context.region())));
		return Map.of(Variables.SUMMONS_ROUND, issued.round());
	}

}
