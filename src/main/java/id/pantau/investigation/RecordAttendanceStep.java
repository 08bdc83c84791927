package id.pantau.investigation;

import java.util.Map;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
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
 * An inspector records whether the employee came to the hearing of the last summons, once
 * its time has come in the case's region.
 */
@Component
class RecordAttendanceStep extends StepSupport<RecordAttendanceStep.Payload> {

	private final SummonsLetters summons;

	private final HearingCalendars calendars;

	RecordAttendanceStep(SummonsLetters summons, HearingCalendars calendars) {
		super(StepDefinition.of(Tasks.RECORD_ATTENDANCE, Groups.INSPECTOR, RouteStage.EXAMINATION, 3, Payload.class)
			.summarisedBy("attended"));
		this.summons = summons;
		this.calendars = calendars;
	}

	record Payload(@NotNull Boolean attended, @Size(max = 2000) @MultiLine String note) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Summons last = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId())
			.orElseThrow(() -> new ConflictException("summons.none"));
		last.recordAttendance(payload.attended(), payload.note(), context.username(), BusinessTime.now(),
				this.calendars.of(context.region()));
		return Map.of(Variables.ATTENDED, payload.attended());
	}

}
