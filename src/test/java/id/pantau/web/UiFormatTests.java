package id.pantau.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import id.pantau.shared.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class UiFormatTests {

	private final UiFormat ui = new UiFormat(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesDatesTheIndonesianWay() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(this.ui.date(LocalDate.of(2023, 11, 6))).isEqualTo("6 November 2023");
		assertThat(this.ui.date(LocalDate.of(2024, 8, 17))).isEqualTo("17 Agustus 2024");
		assertThat(this.ui.dateTime(LocalDateTime.of(2024, 5, 6, 9, 30))).isEqualTo("6 Mei 2024 09.30");
	}

	@Test
	void showsMomentsInJakartaTime() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		Instant lateEveningUtc = Instant.parse("2023-11-05T20:00:00Z");
		assertThat(this.ui.date(lateEveningUtc)).isEqualTo("6 November 2023");
		assertThat(this.ui.dateTime(lateEveningUtc)).isEqualTo("6 November 2023 03.00");
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
