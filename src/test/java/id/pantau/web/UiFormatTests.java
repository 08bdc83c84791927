package id.pantau.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import id.pantau.shared.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UiFormatTests {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	private static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	private final UiFormat ui = new UiFormat(messages(), null, null, null);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesDatesTheIndonesianWay() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(this.ui.date(LocalDate.of(2023, 11, 6))).isEqualTo("6 November 2023");
		assertThat(this.ui.date(LocalDate.of(2024, 8, 17))).isEqualTo("17 Agustus 2024");
		assertThat(this.ui.dateTime(LocalDateTime.of(2024, 5, 6, 9, 30), WITA)).isEqualTo("6 Mei 2024 09.30 WITA");
	}

	@Test
	void showsMomentsInTheZoneOfTheCasesRegionWithItsName() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		Instant lateEveningUtc = Instant.parse("2023-11-05T20:00:00Z");
		assertThat(this.ui.date(lateEveningUtc, WIB)).isEqualTo("6 November 2023");
		assertThat(this.ui.dateTime(lateEveningUtc, WIB)).isEqualTo("6 November 2023 03.00 WIB");
		assertThat(this.ui.dateTime(lateEveningUtc, WITA)).isEqualTo("6 November 2023 04.00 WITA");
		assertThat(this.ui.dateTime(lateEveningUtc, WIT)).isEqualTo("6 November 2023 05.00 WIT");
		// half past eleven in Probolinggo is already the next day in Buleleng
		Instant halfPastElevenWib = Instant.parse("2023-11-05T16:30:00Z");
		assertThat(this.ui.date(halfPastElevenWib, WIB)).isEqualTo("5 November 2023");
		assertThat(this.ui.date(halfPastElevenWib, WITA)).isEqualTo("6 November 2023");
	}

	@Test
	void refusesToShowAMomentWithoutItsRegion() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.ui.date(Instant.parse("2023-11-05T20:00:00Z")));
	}

	@Test
	void writesDatesAndLabelsInEnglishWhenChosen() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.ui.date(LocalDate.of(2024, 8, 17))).isEqualTo("17 August 2024");
		assertThat(this.ui.label(Violation.BANNER)).startsWith("Putting up banners");
		assertThat(this.ui.date(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/web");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
