package id.pantau.investigation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.intake.CaseDirectory;
import id.pantau.rules.AggravatingFactors;
import id.pantau.rules.SanctionRecommendations;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepContext;
import id.pantau.shared.RouteStage;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.StepSupport;
import id.pantau.shared.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Component;

/**
 * The inspectors write the examination report (LHP): proven or not, the acts proven, the
 * legal basis and the recommended sanction. Each revision after a return is a new row.
 */
@Component
class WriteReportStep extends StepSupport<WriteReportStep.Payload> {

	private final ExaminationReports reports;

	private final SummonsLetters summons;

	private final CaseDirectory cases;

	private final SanctionRecommendations recommendations;

	private final AggravationProposals proposals;

	WriteReportStep(ExaminationReports reports, SummonsLetters summons, CaseDirectory cases,
			SanctionRecommendations recommendations, AggravationProposals proposals) {
		super(StepDefinition.of(Tasks.WRITE_REPORT, Groups.INSPECTOR, RouteStage.REPORT, 10, Payload.class)
			.summarisedBy("proven"));
		this.reports = reports;
		this.summons = summons;
		this.cases = cases;
		this.recommendations = recommendations;
		this.proposals = proposals;
	}

	/**
	 * The aggravating factors feed the sanction table's recommendation; those Pantau
	 * proposes ({@link AggravationProposals}) count only when given here.
	 */
	record Payload(@NotNull Boolean proven, Set<@NotNull Violation> actsProven,
			@NotBlank @Size(max = 4000) @MultiLine String findings, @Size(max = 1000) String legalBasis,
			Sanction recommendedSanction, AggravatingFactors aggravation) {
	}

	@Override
	public Map<String, Object> complete(StepContext context, Payload payload) {
		Set<Violation> acts = (payload.actsProven() != null) ? payload.actsProven() : Set.of();
		int revision = this.reports.findFirstByCaseIdOrderByRevisionDesc(context.caseId())
			.map(ExaminationReport::revision)
			.orElse(0) + 1;
		ExaminationReport report = ExaminationReport.write(context.caseId(), revision,
				new ExaminationReport.Finding(payload.proven(), acts, payload.findings(), payload.legalBasis(),
						payload.recommendedSanction()),
				this.cases.find(context.caseId()).orElseThrow().employmentType(), absentTwice(context.caseId()),
				context.username(), BusinessTime.now());
		if (payload.proven()) {
			this.recommendations.recommend(context, acts, payload.aggravation(),
					this.proposals.forCase(context.caseId()));
		}
		this.reports.save(report);
		return Map.of(Variables.PROVEN, payload.proven());
	}

	private boolean absentTwice(long caseId) {
		List<Summons> letters = this.summons.findByCaseIdOrderByRound(caseId);
		return letters.size() >= 2 && letters.stream().allMatch((s) -> Boolean.FALSE.equals(s.attended()));
	}

}
