package id.pantau.investigation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The summons rules without Spring, on a calendar of Monday-to-Friday working days in
 * Buleleng's zone (WITA), office hours 08:00-16:00, 7 working days' notice.
 */
class SummonsTests {

	static final LocalDate RECEIVED = LocalDate.of(2025, 5, 5);

	/** Monday 2 June 2025. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

	static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	static final HearingCalendar CALENDAR = new HearingCalendar(TODAY, WITA, "WITA", 7, SummonsTests::sevenWorkingDays,
			SummonsTests::weekday, LocalTime.of(8, 0), LocalTime.of(16, 0));

	@Test
	void setsTheFirstHearingAtLeastTheNoticePeriodAfterTheSummonsOnAWorkingDayInOfficeHours() {
		Summons first = issue(Optional.empty(), TODAY, LocalDateTime.of(2025, 6, 11, 9, 0));

		assertThat(first.round()).isEqualTo(1);
		assertRefused("hearingAt", "summons.hearing.too-early",
				() -> issue(Optional.empty(), TODAY, LocalDateTime.of(2025, 6, 10, 9, 0)));
		assertRefused("hearingAt", "summons.hearing.not-working-day",
				() -> issue(Optional.empty(), TODAY, LocalDateTime.of(2025, 6, 14, 9, 0)));
		assertRefused("hearingAt", "summons.hearing.office-hours",
				() -> issue(Optional.empty(), TODAY, LocalDateTime.of(2025, 6, 11, 16, 0)));
		assertRefused("hearingAt", "summons.hearing.office-hours",
				() -> issue(Optional.empty(), TODAY, LocalDateTime.of(2025, 6, 11, 7, 59)));
	}

	@Test
	void issuesNotBeforeTheReportWasReceivedNorAfterToday() {
		assertRefused("issuedOn", "date.not-before-registration",
				() -> issue(Optional.empty(), RECEIVED.minusDays(1), LocalDateTime.of(2025, 6, 11, 9, 0)));
		assertRefused("issuedOn", "date.not-before-registration",
				() -> issue(Optional.empty(), TODAY.plusDays(1), LocalDateTime.of(2025, 6, 12, 9, 0)));
	}

	@Test
	void issuesTheSecondSummonsNotBeforeTheMissedHearingAndCountsItsRound() {
		Summons missed = issue(Optional.empty(), LocalDate.of(2025, 5, 12), LocalDateTime.of(2025, 5, 22, 10, 0));

		assertRefused("issuedOn", "summons.second.before-absence",
				() -> issue(Optional.of(missed), LocalDate.of(2025, 5, 21), LocalDateTime.of(2025, 6, 11, 9, 0)));
		assertThat(issue(Optional.of(missed), TODAY, LocalDateTime.of(2025, 6, 11, 9, 0)).round()).isEqualTo(2);
	}

	@Test
	void recordsAttendanceOnceAndOnlyAfterTheHearingInTheRegionsZone() {
		Summons summons = issue(Optional.empty(), LocalDate.of(2025, 5, 12), LocalDateTime.of(2025, 5, 22, 10, 0));
		Instant tenWita = Instant.parse("2025-05-22T02:00:00Z");

		assertRefused("attended", "attendance.before-hearing",
				() -> summons.recordAttendance(true, null, "inspector-bll", tenWita.minusSeconds(1), CALENDAR));
		summons.recordAttendance(false, "did not come", "inspector-bll", tenWita, CALENDAR);

		assertThat(summons.attended()).isFalse();
		assertThrows(ConflictException.class,
				() -> summons.recordAttendance(true, null, "inspector-bll", tenWita.plusSeconds(60), CALENDAR));
	}

	@Test
	void recordsTheMinutesBetweenTheHearingAndTodayWithTheReasonTheEmployeeDidNotSign() {
		Summons attended = issue(Optional.empty(), LocalDate.of(2025, 5, 12), LocalDateTime.of(2025, 5, 22, 10, 0));

		assertRefused("examinedOn", "minutes.date", () -> ExaminationMinutes.record(attended, LocalDate.of(2025, 5, 21),
				"heard", true, null, "inspector", Instant.EPOCH, TODAY));
		assertRefused("examinedOn", "minutes.date", () -> ExaminationMinutes.record(attended, TODAY.plusDays(1),
				"heard", true, null, "inspector", Instant.EPOCH, TODAY));
		assertRefused("refusalNote", "minutes.refusal-note.required", () -> ExaminationMinutes.record(attended,
				LocalDate.of(2025, 5, 22), "heard", false, " ", "inspector", Instant.EPOCH, TODAY));
		assertThat(ExaminationMinutes
			.record(attended, LocalDate.of(2025, 5, 22), " heard ", false, "refused to sign", "inspector",
					Instant.EPOCH, TODAY)
			.examinedOn()).isEqualTo(LocalDate.of(2025, 5, 22));
	}

	private static Summons issue(Optional<Summons> missed, LocalDate issuedOn, LocalDateTime hearingAt) {
		return Summons.issue(42, missed, " 005/12/2025 ", issuedOn, hearingAt, " Kantor Inspektorat ", "inspector-bll",
				RECEIVED, CALENDAR);
	}

	private static boolean weekday(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static LocalDate sevenWorkingDays(LocalDate from) {
		LocalDate day = from;
		for (int left = 7; left > 0;) {
			day = day.plusDays(1);
			if (weekday(day)) {
				left--;
			}
		}
		return day;
	}

	static void assertRefused(String field, String messageKey, Executable act) {
		InvalidInputException refused = assertThrows(InvalidInputException.class, act);
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.messageKey()).isEqualTo(messageKey);
	}

}
