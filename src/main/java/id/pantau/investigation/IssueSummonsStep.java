package id.pantau.investigation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import id.pantau.calendar.Deadlines;
import id.pantau.calendar.WorkingDays;
import id.pantau.calendar.WorkingHours;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseDirectory;
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
 * number of working days (default 7) after the letter, on a working day, inside office
 * hours of the region. The second summons follows a first absence: it is issued on or
 * after the day of the missed hearing (and is due 7 working days after it, PP 94/2021
 * art. 31).
 */
@Component
class IssueSummonsStep extends StepSupport<IssueSummonsStep.Payload> {

	private final SummonsLetters summons;

	private final CaseDirectory cases;

	private final Deadlines deadlines;

	private final WorkingDays workingDays;

	private final WorkingHours hours;

	private final RegionTime regionTime;

	IssueSummonsStep(SummonsLetters summons, CaseDirectory cases, Deadlines deadlines, WorkingDays workingDays,
			WorkingHours hours, RegionTime regionTime) {
		super(Tasks.ISSUE_SUMMONS, Payload.class);
		this.summons = summons;
		this.cases = cases;
		this.deadlines = deadlines;
		this.workingDays = workingDays;
		this.hours = hours;
		this.regionTime = regionTime;
	}

	/** The hearing is a wall-clock time of the case's region. */
	record Payload(@NotBlank @Size(max = 120) String letterNumber, @NotNull LocalDate issuedOn,
			@NotNull LocalDateTime hearingAt, @NotBlank @Size(max = 200) String place) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Optional<Summons> missed = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId());
		checkIssued(payload.issuedOn(), missed, context);
		checkHearing(payload.hearingAt(), payload.issuedOn());
		int round = missed.map(Summons::round).orElse(0) + 1;
		this.summons.save(new Summons(context.caseId(), round, payload.letterNumber().strip(), payload.issuedOn(),
				payload.hearingAt(), payload.place().strip(), context.username()));
		return Map.of(Variables.SUMMONS_ROUND, round);
	}

	private void checkIssued(LocalDate issuedOn, Optional<Summons> missed, StepContext context) {
		LocalDate receivedOn = this.cases.find(context.caseId()).orElseThrow().receivedOn();
		if (issuedOn.isBefore(receivedOn) || issuedOn.isAfter(this.regionTime.today(context.region()))) {
			throw new InvalidInputException("issuedOn", "date.not-before-registration", receivedOn);
		}
		LocalDate missedHearing = missed.map((s) -> s.hearingAt().toLocalDate()).orElse(null);
		if (missedHearing != null && issuedOn.isBefore(missedHearing)) {
			throw new InvalidInputException("issuedOn", "summons.second.before-absence", missedHearing);
		}
	}

	private void checkHearing(LocalDateTime hearingAt, LocalDate issuedOn) {
		LocalDate earliest = this.deadlines.workingDaysAfter(issuedOn, "summons-notice");
		if (hearingAt.toLocalDate().isBefore(earliest)) {
			throw new InvalidInputException("hearingAt", "summons.hearing.too-early",
					this.deadlines.workingDaysFor("summons-notice"), earliest);
		}
		if (!this.workingDays.isWorkingDay(hearingAt.toLocalDate())) {
			throw new InvalidInputException("hearingAt", "summons.hearing.not-working-day", hearingAt.toLocalDate());
		}
		if (!this.hours.contain(hearingAt.toLocalTime())) {
			throw new InvalidInputException("hearingAt", "summons.hearing.office-hours", this.hours.opens().toString(),
					this.hours.closes().toString());
		}
	}

}
