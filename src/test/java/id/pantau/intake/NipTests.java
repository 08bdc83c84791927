package id.pantau.intake;

import java.time.LocalDate;

import id.pantau.shared.EmploymentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NipTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void acceptsPlausiblePnsNumber() {
		assertThat(Nip.problem("198504122010011002", EmploymentType.PNS, TODAY)).isEmpty();
	}

	@Test
	void acceptsPppkNumberWithCode21() {
		assertThat(Nip.problem("198807252022212003", EmploymentType.PPPK, TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "{0} ({2}) -> {1}")
	@CsvSource({ "19850412201001100, nip.format, PNS", "19850412201001100X, nip.format, PNS",
			"198513122010011002, nip.birth-date, PNS", "198502302010011002, nip.birth-date, PNS",
			"193012122010011002, nip.birth-date, PNS", "201501012010011002, nip.birth-date, PNS",
			"198504122000011002, nip.appointment, PNS", "198504122010131002, nip.appointment, PNS",
			"198504122027011002, nip.appointment, PNS", "198504122026121002, nip.appointment, PNS",
			"198807252022212003, nip.appointment, PNS", "198504122010013002, nip.sex, PNS",
			"198504122010011000, nip.serial, PNS" })
	void refusesImplausibleNumber(String nip, String problem, EmploymentType type) {
		assertThat(Nip.problem(nip, type, TODAY)).contains(problem);
	}

	@Test
	void refusesMissingNumber() {
		assertThat(Nip.problem(null, EmploymentType.PNS, TODAY)).contains("nip.format");
	}

}
