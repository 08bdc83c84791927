package id.pantau.investigation;

import id.pantau.identity.CurrentUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.rules.SanctionRecommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The investigation record of a case. */
@RestController
@Tag(name = "Cases")
class InvestigationController {

	private final CaseDirectory cases;

	private final CurrentUser currentUser;

	private final TeamMembers team;

	private final SummonsLetters summons;

	private final MinutesRecords minutes;

	private final ExaminationReports reports;

	private final SanctionRecommendations recommendations;

	InvestigationController(CaseDirectory cases, CurrentUser currentUser, TeamMembers team, SummonsLetters summons,
			MinutesRecords minutes, ExaminationReports reports, SanctionRecommendations recommendations) {
		this.recommendations = recommendations;
		this.cases = cases;
		this.currentUser = currentUser;
		this.team = team;
		this.summons = summons;
		this.minutes = minutes;
		this.reports = reports;
	}

	@GetMapping("/api/cases/{number}/investigation")
	@Operation(summary = "Team, summons, minutes, report revisions and the sanction table's recommendation")
	@Transactional(readOnly = true)
	public InvestigationView get(@PathVariable String number) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), number);
		long id = found.id();
		return new InvestigationView(
				this.team.findByCaseIdOrderByUsername(id).stream().map(InvestigationView.Member::of).toList(),
				this.summons.findByCaseIdOrderByRound(id).stream().map(InvestigationView.SummonsView::of).toList(),
				this.minutes.findByCaseIdOrderByExaminedOn(id).stream().map(InvestigationView.MinutesView::of).toList(),
				this.reports.findByCaseIdOrderByRevision(id).stream().map(InvestigationView.ReportView::of).toList(),
				this.recommendations.latest(id).orElse(null));
	}

}
