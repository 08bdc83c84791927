package id.pantau.sanction;

import id.pantau.identity.CurrentUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.rules.SanctionRecommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The decision record of a case. */
@RestController
@Tag(name = "Cases")
class DecisionController {

	private final CaseDirectory cases;

	private final CurrentUser currentUser;

	private final SanctionDecisions decisions;

	private final NotProvenNotices notices;

	private final Appeals appeals;

	private final FollowUpReports followUps;

	private final SanctionRecommendations recommendations;

	private final MessageSource messages;

	DecisionController(CaseDirectory cases, CurrentUser currentUser, SanctionDecisions decisions,
			NotProvenNotices notices, Appeals appeals, FollowUpReports followUps,
			SanctionRecommendations recommendations, MessageSource messages) {
		this.recommendations = recommendations;
		this.messages = messages;
		this.cases = cases;
		this.currentUser = currentUser;
		this.decisions = decisions;
		this.notices = notices;
		this.appeals = appeals;
		this.followUps = followUps;
	}

	@GetMapping("/api/cases/{number}/decision")
	@Operation(
			summary = "Notice, recommendation, decision (followed or deviated from the recommendation), appeals and follow-up")
	@Transactional(readOnly = true)
	public DecisionView get(@PathVariable String number) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), number);
		long id = found.id();
		return new DecisionView(this.notices.findByCaseId(id).map(DecisionView.Notice::of).orElse(null),
				this.recommendations.latest(id).orElse(null),
				this.decisions.findByCaseId(id).map((d) -> DecisionView.Decision.of(d, note(d))).orElse(null),
				this.appeals.findByCaseIdOrderByFiledOn(id).stream().map(DecisionView.AppealView::of).toList(),
				this.followUps.findByCaseId(id).map(DecisionView.FollowUp::of).orElse(null));
	}

	/** "deviated from recommendation" (or "followed it") in the caller's language. */
	private String note(SanctionDecision decision) {
		if (decision.recommendationFollowed() == null) {
			return null;
		}
		String key = decision.recommendationFollowed() ? "decision.recommendation.followed"
				: "decision.recommendation.deviated";
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
