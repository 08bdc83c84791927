package id.pantau.sanction;

import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.rules.SanctionRecommendations;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The decision record of a case, for the API and the web interface. */
@Component
@Transactional(readOnly = true)
public class DecisionRecords {

	private final CaseDirectory cases;

	private final SanctionDecisions decisions;

	private final NotProvenNotices notices;

	private final Appeals appeals;

	private final FollowUpReports followUps;

	private final SanctionRecommendations recommendations;

	private final MessageSource messages;

	DecisionRecords(CaseDirectory cases, SanctionDecisions decisions, NotProvenNotices notices, Appeals appeals,
			FollowUpReports followUps, SanctionRecommendations recommendations, MessageSource messages) {
		this.recommendations = recommendations;
		this.messages = messages;
		this.cases = cases;
		this.decisions = decisions;
		this.notices = notices;
		this.appeals = appeals;
		this.followUps = followUps;
	}

	/**
	 * Notice, decision, appeals and follow-up of the case, as far as they exist.
	 * @throws id.pantau.shared.NotFoundException for an unknown case
	 * @throws id.pantau.shared.AccessRefusedException for a case outside the caller's
	 * regions
	 */
	public DecisionView of(PantauUser user, String caseNumber) {
		CaseSummary found = this.cases.readableBy(user, caseNumber);
		long id = found.id();
		return new DecisionView(this.notices.findByCaseId(id).map(DecisionView.Notice::of).orElse(null),
				this.recommendations.latest(id).orElse(null),
				this.decisions.findByCaseId(id).map((d) -> DecisionView.Decision.of(d, note(d))).orElse(null),
				this.appeals.findByCaseIdOrderByFiledOn(id).stream().map(DecisionView.AppealView::of).toList(),
				this.followUps.findByCaseId(id).map(DecisionView.FollowUp::of).orElse(null));
	}

	/**
	 * Where the decision on a case stands, for the records of other modules; the caller
	 * answers for who reads it.
	 */
	public java.util.Optional<DecisionState> stateOf(long caseId) {
		return this.decisions.findByCaseId(caseId)
			.map((d) -> new DecisionState(d.outcome(), d.finalSanction(), d.decidedOn(), d.recommendationFollowed(),
					d.deliveredOn(), this.followUps.findByCaseId(caseId).map(FollowUpReport::reportedOn).orElse(null)));
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
