package id.pantau.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingDaysTests {

	@Test
	void skipsWeekends() {
		WorkingDays days = new WorkingDays(new CalendarProperties(Map.of(), List.of()));
		// Friday 22 November 2024 + 1 working day = Monday 25 November
		assertThat(days.add(LocalDate.of(2024, 11, 22), 1)).isEqualTo(LocalDate.of(2024, 11, 25));
		// Wednesday + 7 working days = Friday of the next week
		assertThat(days.add(LocalDate.of(2024, 11, 20), 7)).isEqualTo(LocalDate.of(2024, 11, 29));
	}

	@Test
	void skipsConfiguredHolidays() {
		LocalDate pilkada = LocalDate.of(2024, 11, 27);
		WorkingDays days = new WorkingDays(new CalendarProperties(Map.of(), List.of(pilkada)));
		assertThat(days.isWorkingDay(pilkada)).isFalse();
		assertThat(days.add(LocalDate.of(2024, 11, 26), 1)).isEqualTo(LocalDate.of(2024, 11, 28));
	}

	@Test
	void defaultsDeadlinesOfTheDomainAndLetsConfigurationOverrideThem() {
		CalendarProperties properties = new CalendarProperties(Map.of("decide-sanction", 10), List.of());
		assertThat(properties.deadlines()).containsEntry("decide-sanction", 10)
			.containsEntry("second-summons", 7)
			.containsEntry("summons-notice", 7);
	}

	@Test
	void readsStepDeadlinesConfiguredUnderTheirFormerNames() {
		CalendarProperties former = new CalendarProperties(Map.of("appeal-window", 20, "decide-appeal", 30), List.of());
		assertThat(former.deadlines()).containsEntry("record-appeal", 20)
			.containsEntry("decide-objection", 30)
			.containsEntry("record-appeal-ruling", 30);

		CalendarProperties both = new CalendarProperties(Map.of("decide-appeal", 30, "decide-objection", 25),
				List.of());
		assertThat(both.deadlines()).as("the current name wins")
			.containsEntry("decide-objection", 25)
			.containsEntry("record-appeal-ruling", 30);
	}

	@Test
	void refusesDeadlineShorterThanOneDay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarProperties(Map.of("verify-case", 0), List.of()))
			.withMessageContaining("verify-case");
	}

	@Test
	void refusesStepWithoutDeadline() {
		CalendarProperties properties = new CalendarProperties(Map.of(), List.of());
		Deadlines deadlines = new Deadlines(properties, new WorkingDays(properties), null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> deadlines.lastDay("no-such-step", 1L, "probolinggo"))
			.withMessageContaining("no-such-step");
	}

	@Test
	void holdsHearingsFromEightUntilBeforeFourByDefaultAndAsConfigured() {
		WorkingHours defaults = new WorkingHours(new CalendarProperties(Map.of(), List.of()));
		WorkingHours configured = new WorkingHours(new CalendarProperties(Map.of(), List.of(), null,
				new CalendarProperties.OfficeHours(LocalTime.of(7, 30), LocalTime.of(15, 0))));

		assertThat(defaults.contain(LocalTime.of(8, 0))).isTrue();
		assertThat(defaults.contain(LocalTime.of(15, 59))).isTrue();
		assertThat(defaults.contain(LocalTime.of(7, 59))).isFalse();
		assertThat(defaults.contain(LocalTime.of(16, 0))).isFalse();
		assertThat(configured.contain(LocalTime.of(7, 30))).isTrue();
		assertThat(configured.contain(LocalTime.of(15, 0))).isFalse();
	}

	@Test
	void refusesOfficeHoursThatCloseBeforeTheyOpen() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CalendarProperties.OfficeHours(LocalTime.of(16, 0), LocalTime.of(8, 0)))
			.withMessageContaining("office-hours");
	}

}
