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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The Inspektur approves the report or returns it to the team with remarks. */
@Component
class ReviewReportStep extends StepSupport<ReviewReportStep.Payload> {

	private final ExaminationReports reports;

	private final ApplicationEventPublisher events;

	ReviewReportStep(ExaminationReports reports, ApplicationEventPublisher events) {
		super(StepDefinition.of(Tasks.REVIEW_REPORT, Groups.CHIEF_INSPECTOR, RouteStage.REPORT, 5, Payload.class)
			.summarisedBy("approved"));
		this.reports = reports;
		this.events = events;
	}

	record Payload(@NotNull Boolean approved, @Size(max = 2000) @MultiLine String remarks) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		ExaminationReport report = this.reports.findFirstByCaseIdOrderByRevisionDesc(context.caseId())
			.orElseThrow(() -> new ConflictException("report.none"));
		if (payload.approved()) {
			report.approve(context.username(), payload.remarks(), BusinessTime.now());
			this.events.publishEvent(new ReportApproved(context.caseId(), report.proven()));
		}
		else {
			report.returnForRevision(context.username(), payload.remarks(), BusinessTime.now());
		}
		return Map.of(Variables.REPORT_APPROVED, payload.approved());
	}

}
