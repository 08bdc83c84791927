package id.pantau.sanction;

import java.util.Optional;

import id.pantau.calendar.DeadlineStart;
import id.pantau.calendar.Deadlines;

import org.springframework.stereotype.Component;

/**
 * The decision's deadlines count from the dates on its letter: delivery from the day the
 * decision was signed, the appeal window from the delivery, the ruling on an appeal from
 * its filing, and the follow-up report from the end of the matter: the window's last day,
 * the day the employee accepted the decision in writing, or the day a sanction was
 * rejected. After a ruling on an appeal it counts from that ruling, the day its task
 * appears.
 */
@Component
class SanctionDeadlines implements DeadlineStart {

	private final SanctionDecisions decisions;

	private final Appeals appeals;

	private final Deadlines deadlines;

	SanctionDeadlines(SanctionDecisions decisions, Appeals appeals, Deadlines deadlines) {
		this.decisions = decisions;
		this.appeals = appeals;
		this.deadlines = deadlines;
	}

	@Override
	public Optional<Start> startOf(String step, long caseId) {
		return switch (step) {
			case "deliver-decision" -> decision(caseId).map(SanctionDecision::decidedOn).map(Start::on);
			case "record-appeal", "appeal-window" -> decision(caseId).map(SanctionDecision::deliveredOn).map(Start::on);
			case "decide-objection", "record-appeal-ruling", "decide-appeal" ->
				this.appeals.findFirstByCaseIdAndOutcomeIsNullOrderByFiledOnDesc(caseId)
					.map((a) -> Start.on(a.filedOn()));
			case "report-follow-up" -> followUpStart(caseId);
			default -> Optional.empty();
		};
	}

	private Optional<Start> followUpStart(long caseId) {
		if (!this.appeals.findByCaseIdOrderByFiledOn(caseId).isEmpty()) {
			return Optional.empty();
		}
		return decision(caseId).map((d) -> {
			if (d.acceptedOn() != null) {
				return Start.on(d.acceptedOn());
			}
			if (d.outcome() == DecisionOutcome.REJECT) {
				return Start.on(d.decidedOn());
			}
			return (d.deliveredOn() != null)
					? Start.on(this.deadlines.workingDaysAfter(d.deliveredOn(), "record-appeal")) : null;
		});
	}

	private Optional<SanctionDecision> decision(long caseId) {
		return this.decisions.findByCaseId(caseId);
	}

}
