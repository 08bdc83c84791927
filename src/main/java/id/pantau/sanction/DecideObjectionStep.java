package id.pantau.sanction;

import java.util.Set;

import id.pantau.intake.CaseDirectory;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;

import org.springframework.stereotype.Component;

/**
 * The PPK decides the employee's objection (keberatan) against a sanction other than
 * dismissal. Also completes the one task of the model's former version that took both
 * rulings ({@value #FORMER_KEY}, offered to the PPK or HR by the appeal's type) while
 * such tasks are still open: the ruling is the same act on the open appeal.
 */
@Component
class DecideObjectionStep extends AppealRulingStep {

	/** The task of the former model version that took both rulings. */
	static final String FORMER_KEY = "Task_DecideAppeal";

	DecideObjectionStep(Appeals appeals, SanctionDecisions decisions, CaseDirectory cases) {
		super(StepDefinition.of(Tasks.DECIDE_OBJECTION, Groups.PPK, RouteStage.APPEAL, 21, Payload.class)
			.summarisedBy("outcome"), appeals, decisions, cases);
	}

	@Override
	public Set<String> formerKeys() {
		return Set.of(FORMER_KEY);
	}

}
