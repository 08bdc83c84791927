package id.pantau.intake;

import java.util.Map;

import id.pantau.identity.UserDirectory;
import id.pantau.shared.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The intake module boots with its dependencies only, registers cases and announces them.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "calendar")
@ActiveProfiles({ "local", "test" })
class IntakeIntegrationTests {

	@Autowired
	CaseRegistration registration;

	@Autowired
	CaseDirectory directory;

	@Autowired
	UserDirectory users;

	@Test
	void publishesCaseRegisteredWithTheNewNumber(PublishedEvents events) {
		CaseSummary registered = this.registration.register(request("B-1/MODULE/2024"),
				this.users.find("intake-prob").orElseThrow());
		assertThat(events.ofType(CaseRegistered.class)
			.matching((e) -> e.caseNumber().equals(registered.number()) && e.region().equals("probolinggo")))
			.hasSize(1);
		assertThat(this.directory.findByNumber(registered.number())).isPresent();
	}

	@Test
	void numbersCasesPerRegionWithoutGaps() {
		var intake = this.users.find("intake-pmk").orElseThrow();
		String first = this.registration.register(request("pamekasan", "B-2/MODULE/2024"), intake).number();
		String second = this.registration.register(request("pamekasan", "B-3/MODULE/2024"), intake).number();
		int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
		assertThat(first).startsWith("PMKS-");
		assertThat(second).isEqualTo(first.substring(0, first.lastIndexOf('-') + 1) + "%05d".formatted(a + 1));
	}

	@Test
	void refusesSecondCaseForSameLetterNamingTheFirst() {
		var intake = this.users.find("intake-prob").orElseThrow();
		String first = this.registration.register(request("B-4/MODULE/2024"), intake).number();
		long before = this.directory.count();
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.registration.register(request("  b-4/module/2024 "), intake))
			.satisfies((ex) -> assertThat(ex.properties()).isEqualTo(Map.of("existingCaseNumber", first)));
		assertThat(this.directory.count()).isEqualTo(before);
	}

	private static RegisterCaseRequest request(String reference) {
		return request("probolinggo", reference);
	}

	private static RegisterCaseRequest request(String region, String reference) {
		return new RegisterCaseRequest(region, CaseSource.BKN_RECOMMENDATION, reference, null,
				java.time.LocalDate.now().minusDays(1),
				new RegisterCaseRequest.Employee("198504122010011002", "Budi Santoso Fiktif",
						id.pantau.shared.EmploymentType.PNS, "Guru", PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY),
				java.util.Set.of(id.pantau.shared.Violation.BANNER), "Memasang spanduk.", null, null);
	}

}
