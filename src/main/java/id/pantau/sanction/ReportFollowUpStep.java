package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Map;

import id.pantau.identity.RegionTime;
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

/** HR reports the outcome back to BKN and Bawaslu; the case closes. */
@Component
class ReportFollowUpStep extends StepSupport<ReportFollowUpStep.Payload> {

	private final FollowUpReports reports;

	private final SanctionDecisions decisions;

	private final RegionTime regionTime;

	ReportFollowUpStep(FollowUpReports reports, SanctionDecisions decisions, RegionTime regionTime) {
		super(StepDefinition.of(Tasks.REPORT_FOLLOW_UP, Groups.HR, RouteStage.FOLLOW_UP, 5, Payload.class)
			.summarisedBy("letterNumber"));
		this.reports = reports;
		this.decisions = decisions;
		this.regionTime = regionTime;
	}

	record Payload(@NotBlank @Size(max = 120) String letterNumber, @NotNull LocalDate reportedOn,
			@Size(max = 2000) @MultiLine String note) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		SanctionDecision decision = this.decisions.findByCaseId(context.caseId())
			.orElseThrow(() -> new ConflictException("decision.not-decided"));
		this.reports.save(FollowUpReport.report(decision, payload.letterNumber(), payload.reportedOn(), payload.note(),
				context.username(), this.regionTime.today(context.region())));
		return Map.of();
	}

}
