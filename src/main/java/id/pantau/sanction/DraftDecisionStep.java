package id.pantau.sanction;

import java.util.Map;

import id.pantau.intake.CaseDirectory;
import id.pantau.investigation.ApprovedReport;
import id.pantau.investigation.Investigations;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.TaskStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/** HR drafts the decision letter (SK) from the approved report. */
@Component
class DraftDecisionStep implements TaskStep<DraftDecisionStep.Payload> {

	private final SanctionDecisions decisions;

	private final Investigations investigations;

	private final CaseDirectory cases;

	DraftDecisionStep(SanctionDecisions decisions, Investigations investigations, CaseDirectory cases) {
		this.decisions = decisions;
		this.investigations = investigations;
		this.cases = cases;
	}

	record Payload(@NotBlank @Size(max = 120) String draftNumber, @NotNull Sanction proposedSanction) {
	}

	@Override
	public String taskKey() {
		return Tasks.DRAFT_DECISION;
	}

	@Override
	public Class<Payload> payloadType() {
		return Payload.class;
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		ApprovedReport report = this.investigations.approvedReport(context.caseId())
			.orElseThrow(() -> new ConflictException("decision.no-approved-report"));
		if (!payload.proposedSanction().appliesTo(this.cases.find(context.caseId()).orElseThrow().employmentType())) {
			throw new InvalidInputException("proposedSanction", "sanction.not-applicable", payload.proposedSanction(),
					this.cases.find(context.caseId()).orElseThrow().employmentType());
		}
		if (this.decisions.findByCaseId(context.caseId()).isPresent()) {
			throw new ConflictException("decision.drafted");
		}
		this.decisions.save(new SanctionDecision(context.caseId(), payload.draftNumber().strip(),
				payload.proposedSanction(), report.recommendedSanction(), context.username(), BusinessTime.now()));
		return Map.of();
	}

}
