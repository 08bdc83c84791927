package id.pantau.investigation;

import java.util.Map;

import id.pantau.shared.ConflictException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.StepContext;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/** An inspector records whether the employee came to the hearing of the last summons. */
@Component
class RecordAttendanceStep extends StepSupport<RecordAttendanceStep.Payload> {

	private final SummonsLetters summons;

	RecordAttendanceStep(SummonsLetters summons) {
		super(Tasks.RECORD_ATTENDANCE, Payload.class);
		this.summons = summons;
	}

	record Payload(@NotNull Boolean attended, @Size(max = 2000) @MultiLine String note) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Summons last = this.summons.findFirstByCaseIdOrderByRoundDesc(context.caseId())
			.orElseThrow(() -> new ConflictException("summons.none"));
		last.recordAttendance(payload.attended(), payload.note(), context.username());
		return Map.of(Variables.ATTENDED, payload.attended());
	}

}
