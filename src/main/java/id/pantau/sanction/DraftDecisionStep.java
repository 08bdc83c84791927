package id.pantau.sanction;

import java.util.Map;

import id.pantau.intake.CaseDirectory;
import id.pantau.investigation.ApprovedReport;
import id.pantau.investigation.Investigations;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/** HR drafts the decision letter (SK) from the approved report. */
@Component
class DraftDecisionStep extends StepSupport<DraftDecisionStep.Payload> {

	private final SanctionDecisions decisions;

	private final Investigations investigations;

	private final CaseDirectory cases;

	DraftDecisionStep(SanctionDecisions decisions, Investigations investigations, CaseDirectory cases) {
		super(StepDefinition.of(Tasks.DRAFT_DECISION, Groups.HR, RouteStage.DECISION, 5, Payload.class)
			.summarisedBy("draftNumber", "proposedSanction"));
		this.decisions = decisions;
		this.investigations = investigations;
		this.cases = cases;
	}

	record Payload(@NotBlank @Size(max = 120) String draftNumber, @NotNull Sanction proposedSanction) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		ApprovedReport report = this.investigations.approvedReport(context.caseId())
			.orElseThrow(() -> new ConflictException("decision.no-approved-report"));
		EmploymentType type = this.cases.find(context.caseId()).orElseThrow().employmentType();
		SanctionDecision draft = SanctionDecision.draft(context.caseId(), payload.draftNumber(),
				payload.proposedSanction(), type, report.recommendedSanction(), context.username(), BusinessTime.now());
		if (this.decisions.findByCaseId(context.caseId()).isPresent()) {
			throw new ConflictException("decision.drafted");
		}
		this.decisions.save(draft);
		return Map.of();
	}

}
