package id.pantau.sanction;

import id.pantau.intake.CaseDirectory;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;

import org.springframework.stereotype.Component;

/**
 * HR records the ruling of the appeal body (BPASN) on an administrative appeal (banding)
 * against a dismissal.
 */
@Component
class RecordAppealRulingStep extends AppealRulingStep {

	RecordAppealRulingStep(Appeals appeals, SanctionDecisions decisions, CaseDirectory cases) {
		super(StepDefinition.of(Tasks.RECORD_APPEAL_RULING, Groups.HR, RouteStage.APPEAL, 21, Payload.class)
			.summarisedBy("outcome"), appeals, decisions, cases);
	}

}
