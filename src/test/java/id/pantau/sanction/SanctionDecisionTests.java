package id.pantau.sanction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.pantau.rules.Recommendation;
import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.PantauException;
import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static id.pantau.sanction.DecisionOutcome.APPROVE;
import static id.pantau.sanction.DecisionOutcome.CHANGE;
import static id.pantau.sanction.DecisionOutcome.REJECT;
import static id.pantau.shared.Sanction.CONTRACT_TERMINATION;
import static id.pantau.shared.Sanction.DEMOTION_12_MONTHS;
import static id.pantau.shared.Sanction.HONOURABLE_DISMISSAL;
import static id.pantau.shared.Sanction.ORAL_REPRIMAND;
import static id.pantau.shared.Sanction.WRITTEN_REPRIMAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The rules of the decision letter, without Spring: HR drafts, the PPK decides, HR
 * delivers, the employee accepts or appeals within the window.
 */
class SanctionDecisionTests {

	static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

	static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

	static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");

	/** The report recommended a written reprimand; the table allows both reprimands. */
	static final Recommendation LIGHT = new Recommendation("LIGHT", SanctionLevel.LIGHT,
			List.of(ORAL_REPRIMAND, WRITTEN_REPRIMAND), "PP 94/2021 art. 8", 1);

	@Test
	void refusesADraftProposingASanctionTheEmployeesEmploymentCannotReceive() {
		assertRefused("proposedSanction", "sanction.not-applicable", () -> SanctionDecision.draft(7, "800/1/2025",
				DEMOTION_12_MONTHS, EmploymentType.PPPK, WRITTEN_REPRIMAND, "hr-prob", NOW));
	}

	@Test
	void approvesTheDraftedSanctionAsDecidedAndFollowsTheRecommendation() {
		SanctionDecision decision = draftOf(WRITTEN_REPRIMAND);

		Sanction decided = decision.decide(approve(), facts(LIGHT), "ppk-prob", NOW);

		assertThat(decided).isEqualTo(WRITTEN_REPRIMAND);
		assertThat(decision.outcome()).isEqualTo(APPROVE);
		assertThat(decision.deviated()).isFalse();
		assertThat(decision.recommendationFollowed()).isTrue();
		assertThat(decision.deviationReason()).isNull();
	}

	@Test
	void refusesADecisionSignedAfterTodayOrBeforeTheReportWasReceived() {
		assertRefused("decidedOn", "date.future", () -> draftOf(WRITTEN_REPRIMAND)
			.decide(new PpkDecision(APPROVE, null, null, "SK-1", TODAY.plusDays(1), null), facts(LIGHT), "ppk", NOW));
		assertRefused("decidedOn", "date.not-before-registration",
				() -> draftOf(WRITTEN_REPRIMAND).decide(
						new PpkDecision(APPROVE, null, null, "SK-1", RECEIVED.minusDays(1), null), facts(LIGHT), "ppk",
						NOW));
	}

	@Test
	void wantsAReasonToChangeOrRejectAndADecreeNumberToSign() {
		assertRefused("reason", "decision.reason.required", () -> draftOf(WRITTEN_REPRIMAND)
			.decide(new PpkDecision(REJECT, null, " ", null, TODAY, null), facts(LIGHT), "ppk", NOW));
		assertRefused("decreeNumber", "decision.decree-number.required", () -> draftOf(WRITTEN_REPRIMAND)
			.decide(new PpkDecision(APPROVE, null, null, "", TODAY, null), facts(LIGHT), "ppk", NOW));
	}

	@Test
	void refusesAChangeToTheSameOrToNoSanctionOrToOneTheEmploymentCannotReceive() {
		assertRefused("sanction", "decision.sanction.change-required",
				() -> draftOf(WRITTEN_REPRIMAND).decide(change(WRITTEN_REPRIMAND, null), facts(LIGHT), "ppk", NOW));
		assertRefused("sanction", "decision.sanction.change-required",
				() -> draftOf(WRITTEN_REPRIMAND).decide(change(null, null), facts(LIGHT), "ppk", NOW));
		DecisionFacts contractEmployee = new DecisionFacts(TODAY, RECEIVED, EmploymentType.PPPK, Optional.empty());
		assertRefused("sanction", "sanction.not-applicable", () -> draftOf(WRITTEN_REPRIMAND)
			.decide(change(HONOURABLE_DISMISSAL, "grave"), contractEmployee, "ppk", NOW));
	}

	@Test
	void wantsTheReasonForASanctionOutsideTheRecommendationAndKeepsIt() {
		assertRefused("deviationReason", "decision.deviation-reason.required",
				() -> draftOf(WRITTEN_REPRIMAND).decide(change(DEMOTION_12_MONTHS, null), facts(LIGHT), "ppk", NOW));

		SanctionDecision decision = draftOf(WRITTEN_REPRIMAND);
		decision.decide(change(DEMOTION_12_MONTHS, "  repeated campaigning  "), facts(LIGHT), "ppk-prob", NOW);

		assertThat(decision.finalSanction()).isEqualTo(DEMOTION_12_MONTHS);
		assertThat(decision.deviated()).isTrue();
		assertThat(decision.recommendationFollowed()).isFalse();
		assertThat(decision.deviationReason()).isEqualTo("repeated campaigning");
	}

	@Test
	void recordsARejectionWithoutASanctionAndWithoutARecommendationOnRecord() {
		SanctionDecision decision = draftOf(WRITTEN_REPRIMAND);

		Sanction decided = decision.decide(new PpkDecision(REJECT, null, "insufficient evidence", null, TODAY, null),
				facts(null), "ppk-prob", NOW);

		assertThat(decided).isNull();
		assertThat(decision.finalSanction()).isNull();
		assertThat(decision.recommendationFollowed()).isNull();
	}

	@Test
	void decidesOnce() {
		SanctionDecision decision = draftOf(WRITTEN_REPRIMAND);
		decision.decide(approve(), facts(LIGHT), "ppk-prob", NOW);

		assertThrows(ConflictException.class, () -> decision.decide(approve(), facts(LIGHT), "ppk-prob", NOW));
	}

	@Test
	void deliversBetweenTheSignatureAndTodayOnce() {
		SanctionDecision decision = decided(WRITTEN_REPRIMAND, TODAY.minusDays(10));

		assertRefused("deliveredOn", "delivery.date",
				() -> decision.recordDelivery(TODAY.minusDays(11), DeliveryMethod.IN_PERSON, "hr-prob", TODAY));
		assertRefused("deliveredOn", "delivery.date",
				() -> decision.recordDelivery(TODAY.plusDays(1), DeliveryMethod.IN_PERSON, "hr-prob", TODAY));
		decision.recordDelivery(TODAY.minusDays(5), DeliveryMethod.IN_PERSON, "hr-prob", TODAY);
		assertThrows(ConflictException.class,
				() -> decision.recordDelivery(TODAY, DeliveryMethod.IN_PERSON, "hr-prob", TODAY));
		assertThat(decision.deliveredOn()).isEqualTo(TODAY.minusDays(5));
	}

	@Test
	void acceptsInWritingWithinTheWindowOnlyAndWithAStatementOnRecord() {
		SanctionDecision decision = decided(WRITTEN_REPRIMAND, TODAY.minusDays(30));
		AppealWindow window = new AppealWindow(TODAY.minusDays(20), TODAY.minusDays(2), TODAY);

		assertThrows(ConflictException.class,
				() -> decision.recordAcceptance(TODAY.minusDays(1), "accepts", null, false, "hr-prob", window));
		assertRefused("acceptedOn", "appeal.acceptedOn",
				() -> decision.recordAcceptance(TODAY.minusDays(21), "accepts", null, false, "hr-prob", window));
		assertRefused("statementFileId", "appeal.statement.unknown",
				() -> decision.recordAcceptance(TODAY.minusDays(3), "accepts", 41L, false, "hr-prob", window));
		decision.recordAcceptance(TODAY.minusDays(3), " accepts ", 42L, true, "hr-prob", window);

		assertThat(decision.acceptedOn()).isEqualTo(TODAY.minusDays(3));
		assertThat(decision.acceptanceNote()).isEqualTo("accepts");
	}

	@Test
	void allowsAnAdministrativeAppealAgainstADismissalAndAnObjectionAgainstAnyOtherSanction() {
		assertThat(decided(CONTRACT_TERMINATION, TODAY, EmploymentType.PPPK).appealAllowed())
			.isEqualTo(AppealType.ADMINISTRATIVE_APPEAL);
		assertThat(decided(WRITTEN_REPRIMAND, TODAY).appealAllowed()).isEqualTo(AppealType.OBJECTION);
	}

	@Test
	void reportsTheFollowUpBetweenTheDecisionAndToday() {
		SanctionDecision decision = decided(WRITTEN_REPRIMAND, TODAY.minusDays(10));

		assertRefused("reportedOn", "follow-up.date",
				() -> FollowUpReport.report(decision, "700/5/2025", TODAY.minusDays(11), null, "hr-prob", TODAY));
		assertThrows(ConflictException.class,
				() -> FollowUpReport.report(draftOf(WRITTEN_REPRIMAND), "700/5/2025", TODAY, null, "hr-prob", TODAY));
		assertThat(FollowUpReport.report(decision, " 700/5/2025 ", TODAY, null, "hr-prob", TODAY).letterNumber())
			.isEqualTo("700/5/2025");
	}

	@Test
	void signsANotProvenNoticeNoLaterThanToday() {
		assertRefused("signedOn", "date.future",
				() -> NotProvenNotice.issue(7, "800/9/2025", TODAY.plusDays(1), "ppk-prob", TODAY));
		assertThat(NotProvenNotice.issue(7, " 800/9/2025 ", TODAY, "ppk-prob", TODAY).noticeNumber())
			.isEqualTo("800/9/2025");
	}

	static SanctionDecision draftOf(Sanction proposed) {
		return SanctionDecision.draft(7, "800/1/2025", proposed, EmploymentType.PNS, WRITTEN_REPRIMAND, "hr-prob", NOW);
	}

	static SanctionDecision decided(Sanction sanction, LocalDate on) {
		return decided(sanction, on, EmploymentType.PNS);
	}

	static SanctionDecision decided(Sanction sanction, LocalDate on, EmploymentType employment) {
		SanctionDecision decision = SanctionDecision.draft(7, "800/1/2025", sanction, employment, sanction, "hr-prob",
				NOW);
		decision.decide(new PpkDecision(APPROVE, null, null, "SK-7", on, null),
				new DecisionFacts(TODAY, RECEIVED, employment, Optional.empty()), "ppk-prob", NOW);
		return decision;
	}

	static PpkDecision approve() {
		return new PpkDecision(APPROVE, null, null, "SK-7/2025", TODAY, null);
	}

	static PpkDecision change(Sanction to, String deviationReason) {
		return new PpkDecision(CHANGE, to, "the acts weigh more", "SK-7/2025", TODAY, deviationReason);
	}

	static DecisionFacts facts(Recommendation recommendation) {
		return new DecisionFacts(TODAY, RECEIVED, EmploymentType.PNS, Optional.ofNullable(recommendation));
	}

	static void assertRefused(String field, String messageKey, Executable act) {
		InvalidInputException refused = assertThrows(InvalidInputException.class, act);
		assertThat(refused.field()).isEqualTo(field);
		assertThat(((PantauException) refused).messageKey()).isEqualTo(messageKey);
	}

}
