package id.pantau.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A non-working day besides weekends: a national holiday or collective leave. */
@Entity
@Table(name = "public_holiday")
class Holiday {

	@Id
	@Column(name = "holiday_date")
	private LocalDate date;

	private int holidayYear;

	private String name;

	@Enumerated(EnumType.STRING)
	private HolidayKind kind;

	protected Holiday() {
	}

	Holiday(LocalDate date, HolidayKind kind, String name) {
		this.date = date;
		this.holidayYear = date.getYear();
		this.kind = kind;
		this.name = name;
	}

	PublicHoliday view() {
		return new PublicHoliday(this.date, this.kind, this.name);
	}

	LocalDate date() {
		return this.date;
	}

}
