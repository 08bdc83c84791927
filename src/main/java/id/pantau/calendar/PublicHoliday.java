package id.pantau.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A non-working day of the calendar.
 *
 * @param date the day
 * @param kind national holiday or collective leave
 * @param name what is observed
 */
public record PublicHoliday(@NotNull LocalDate date, @NotNull HolidayKind kind,
		@NotBlank @Size(max = 200) String name) {
}
