package id.pantau.investigation;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * An inspector records the minutes (BAP) of the hearing; when the employee refuses to
 * sign, the refusal is recorded with a note.
 */
@Component
class ExamineEmployeeStep extends StepSupport<ExamineEmployeeStep.Payload> {

	private final MinutesRecords minutes;

	private final SummonsLetters summons;

	private final RegionTime regionTime;

	ExamineEmployeeStep(MinutesRecords minutes, SummonsLetters summons, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR, RouteStage.EXAMINATION, 5, Payload.class));
		this.regionTime = regionTime;
		this.minutes = minutes;
		this.summons = summons;
	}

	record Payload(@NotNull LocalDate examinedOn, @NotBlank @Size(max = 4000) @MultiLine String summary,
			@NotNull Boolean signedByEmployee, @Size(max = 2000) @MultiLine String refusalNote) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Summons attended = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId())
			.orElseThrow(() -> new ConflictException("summons.none"));
		this.minutes.save(ExaminationMinutes.record(attended, payload.examinedOn(), payload.summary(),
				payload.signedByEmployee(), payload.refusalNote(), context.username(), BusinessTime.now(),
				this.regionTime.today(context.region())));
		return Map.of();
	}

}
