package id.pantau.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import id.pantau.shared.EmploymentType;

/**
 * The 18-digit employee number: birth date (8 digits), appointment year and month (6;
 * PPPK numbers carry the code 21 instead of a month), sex (1 male, 2 female), serial (3).
 */
final class Nip {

	private static final String PPPK_CODE = "21";

	private Nip() {
	}

	/**
	 * The message key of the first rule the number breaks, as of {@code today}; empty
	 * when it is plausible.
	 */
	static Optional<String> problem(String nip, EmploymentType type, LocalDate today) {
		if (nip == null || !nip.matches("\\d{18}")) {
			return Optional.of("nip.format");
		}
		Optional<LocalDate> birth = date(nip.substring(0, 8));
		if (birth.isEmpty() || birth.get().getYear() < 1940 || birth.get().isAfter(today.minusYears(17))) {
			return Optional.of("nip.birth-date");
		}
		if (!plausibleAppointment(nip.substring(8, 12), nip.substring(12, 14), type, birth.get(), today)) {
			return Optional.of("nip.appointment");
		}
		if (nip.charAt(14) != '1' && nip.charAt(14) != '2') {
			return Optional.of("nip.sex");
		}
		return nip.endsWith("000") ? Optional.of("nip.serial") : Optional.empty();
	}

	private static boolean plausibleAppointment(String year, String month, EmploymentType type, LocalDate birth,
			LocalDate today) {
		int y = Integer.parseInt(year);
		if (y < birth.getYear() + 17 || y > today.getYear()) {
			return false;
		}
		if (PPPK_CODE.equals(month)) {
			return type != EmploymentType.PNS;
		}
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12 && !YearMonth.of(y, m).isAfter(YearMonth.from(today));
	}

	private static Optional<LocalDate> date(String yyyymmdd) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
