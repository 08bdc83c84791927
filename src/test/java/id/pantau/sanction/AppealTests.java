package id.pantau.sanction;

import java.time.LocalDate;

import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import org.junit.jupiter.api.Test;

import static id.pantau.sanction.SanctionDecisionTests.NOW;
import static id.pantau.sanction.SanctionDecisionTests.TODAY;
import static id.pantau.sanction.SanctionDecisionTests.assertRefused;
import static id.pantau.sanction.SanctionDecisionTests.decided;
import static id.pantau.shared.Sanction.CONTRACT_TERMINATION;
import static id.pantau.shared.Sanction.DEMOTION_12_MONTHS;
import static id.pantau.shared.Sanction.ORAL_REPRIMAND;
import static id.pantau.shared.Sanction.WRITTEN_REPRIMAND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The employee's appeal, without Spring: filed within the window, of the kind the
 * decision allows, ruled once.
 */
class AppealTests {

	/** Delivered 20 days ago; the window's last day was the day before yesterday. */
	static final AppealWindow WINDOW = new AppealWindow(TODAY.minusDays(20), TODAY.minusDays(2), TODAY);

	static final LocalDate IN_TIME = TODAY.minusDays(5);

	@Test
	void refusesAnAppealFiledAfterTheWindowNamingItsLastDay() {
		ConflictException late = assertThrows(ConflictException.class,
				() -> Appeal.file(decided(WRITTEN_REPRIMAND, TODAY.minusDays(25)), AppealType.OBJECTION, TODAY,
						"unfair", "hr", WINDOW));

		assertThat(late.messageKey()).isEqualTo("appeal.out-of-time");
		assertThat(late.args()).containsExactly(TODAY.minusDays(2));
	}

	@Test
	void refusesAnAppealDatedBeforeTheDeliveryOrAfterToday() {
		assertRefused("filedOn", "appeal.filedOn", () -> Appeal.file(decided(WRITTEN_REPRIMAND, TODAY.minusDays(25)),
				AppealType.OBJECTION, TODAY.minusDays(21), "unfair", "hr", WINDOW));
	}

	@Test
	void wantsAnObjectionAgainstAReprimandAndAnAdministrativeAppealAgainstADismissal() {
		assertRefused("type", "appeal.type.OBJECTION",
				() -> Appeal.file(decided(WRITTEN_REPRIMAND, TODAY.minusDays(25)), AppealType.ADMINISTRATIVE_APPEAL,
						IN_TIME, "unfair", "hr", WINDOW));
		assertRefused("type", "appeal.type.ADMINISTRATIVE_APPEAL",
				() -> Appeal.file(decided(CONTRACT_TERMINATION, TODAY.minusDays(25), EmploymentType.PPPK),
						AppealType.OBJECTION, IN_TIME, "unfair", "hr", WINDOW));

		Appeal appeal = Appeal.file(decided(WRITTEN_REPRIMAND, TODAY.minusDays(25)), AppealType.OBJECTION, IN_TIME,
				"  unfair  ", "hr-prob", WINDOW);
		assertThat(appeal.grounds()).isEqualTo("unfair");
		assertThat(appeal.appealType()).isEqualTo(AppealType.OBJECTION);
	}

	@Test
	void upholdsRevokesOrChangesTheSanctionOnce() {
		assertThat(
				filed().decide(AppealOutcome.UPHELD, null, WRITTEN_REPRIMAND, EmploymentType.PNS, "stands", "ppk", NOW))
			.isEqualTo(WRITTEN_REPRIMAND);
		assertThat(filed().decide(AppealOutcome.REVOKED, null, WRITTEN_REPRIMAND, EmploymentType.PNS, "no proof", "ppk",
				NOW))
			.isNull();
		Appeal changed = filed();
		assertThat(changed.decide(AppealOutcome.CHANGED, ORAL_REPRIMAND, WRITTEN_REPRIMAND, EmploymentType.PNS,
				" milder ", "ppk", NOW))
			.isEqualTo(ORAL_REPRIMAND);
		assertThat(changed.reason()).isEqualTo("milder");
		assertThrows(ConflictException.class, () -> changed.decide(AppealOutcome.UPHELD, null, ORAL_REPRIMAND,
				EmploymentType.PNS, "again", "ppk", NOW));
	}

	@Test
	void refusesAChangeToTheSameSanctionOrToOneTheEmploymentCannotReceive() {
		assertRefused("sanction", "appeal.sanction.change-required", () -> filed().decide(AppealOutcome.CHANGED,
				WRITTEN_REPRIMAND, WRITTEN_REPRIMAND, EmploymentType.PNS, "same", "ppk", NOW));
		assertRefused("sanction", "sanction.not-applicable", () -> filed().decide(AppealOutcome.CHANGED,
				DEMOTION_12_MONTHS, WRITTEN_REPRIMAND, EmploymentType.PPPK, "harsher", "ppk", NOW));
	}

	private static Appeal filed() {
		return Appeal.file(decided(WRITTEN_REPRIMAND, TODAY.minusDays(25)), AppealType.OBJECTION, IN_TIME, "unfair",
				"hr-prob", WINDOW);
	}

}
