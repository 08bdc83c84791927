package id.pantau.investigation;

import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.rules.SanctionRecommendations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The investigation record of a case, for the API and the web interface. */
@Component
@Transactional(readOnly = true)
public class InvestigationRecords {

	private final CaseDirectory cases;

	private final TeamMembers team;

	private final SummonsLetters summons;

	private final MinutesRecords minutes;

	private final ExaminationReports reports;

	private final SanctionRecommendations recommendations;

	private final AggravationProposals proposals;

	InvestigationRecords(CaseDirectory cases, TeamMembers team, SummonsLetters summons, MinutesRecords minutes,
			ExaminationReports reports, SanctionRecommendations recommendations, AggravationProposals proposals) {
		this.proposals = proposals;
		this.recommendations = recommendations;
		this.cases = cases;
		this.team = team;
		this.summons = summons;
		this.minutes = minutes;
		this.reports = reports;
	}

	/**
	 * Team, summons, minutes and every report revision of the case, the sanction table's
	 * latest recommendation and the aggravating factors Pantau proposes for the report.
	 * @throws id.pantau.shared.NotFoundException for an unknown case
	 * @throws id.pantau.shared.AccessRefusedException for a case outside the caller's
	 * regions
	 */
	public InvestigationView of(PantauUser user, String caseNumber) {
		CaseSummary found = this.cases.readableBy(user, caseNumber);
		long id = found.id();
		return new InvestigationView(
				this.team.findByCaseIdOrderByUsername(id).stream().map(InvestigationView.Member::of).toList(),
				this.summons.findByCaseIdOrderByRound(id).stream().map(InvestigationView.SummonsView::of).toList(),
				this.minutes.findByCaseIdOrderByExaminedOn(id).stream().map(InvestigationView.MinutesView::of).toList(),
				this.reports.findByCaseIdOrderByRevision(id).stream().map(InvestigationView.ReportView::of).toList(),
				this.recommendations.latest(id).orElse(null), this.proposals.forCase(id));
	}

}
