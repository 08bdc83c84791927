package id.pantau.intake;

import java.time.LocalDate;
import java.util.Optional;

import id.pantau.calendar.DeadlineStart;

import org.springframework.stereotype.Component;

/**
 * Verification counts from the day the report was received, or, after the missing
 * documents were asked for, from the day they arrived.
 */
@Component
class IntakeDeadlines implements DeadlineStart {

	private final Cases cases;

	IntakeDeadlines(Cases cases) {
		this.cases = cases;
	}

	@Override
	public Optional<Start> startOf(String step, long caseId) {
		if (!"verify-case".equals(step)) {
			return Optional.empty();
		}
		return this.cases.findById(caseId).map((c) -> Start.on(received(c)));
	}

	private static LocalDate received(NeutralityCase c) {
		return (c.completionReceivedOn() != null) ? c.completionReceivedOn() : c.receivedOn();
	}

}
