package id.pantau.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the local profile's file database, registering and reading cases writes nothing into
 * H2's trace file: every registration used to add an 18 KB stack trace to
 * {@code data/pantau.trace.db} (139 MB after 7,800 cases) from mapping a region by
 * property names the table does not have.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test" })
class DatabaseTraceIntegrationTests {

	@TempDir
	static Path home;

	@Autowired
	CaseRegistration registration;

	@Autowired
	CaseDirectory directory;

	@Autowired
	UserDirectory users;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + home.resolve("pantau").toAbsolutePath() + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
	}

	@Test
	void writesNoTraceWhileCasesAreRegisteredAndRead() throws IOException {
		PantauUser intake = this.users.find("intake-prob").orElseThrow();
		register(intake, "B-1/TRACE/2024");
		long before = traceSize();
		for (int i = 2; i <= 6; i++) {
			String number = register(intake, "B-" + i + "/TRACE/2024");
			this.directory.view(intake, number);
		}
		assertThat(traceSize()).as("bytes in %s", home.resolve("pantau.trace.db")).isEqualTo(before);
	}

	private String register(PantauUser intake, String reference) {
		return this.registration.register(request(reference), intake).number();
	}

	private static long traceSize() throws IOException {
		Path trace = home.resolve("pantau.trace.db");
		return Files.exists(trace) ? Files.size(trace) : 0;
	}

	private static RegisterCaseRequest request(String reference) {
		return new RegisterCaseRequest("probolinggo", CaseSource.BKN_RECOMMENDATION, reference, null,
				LocalDate.now().minusDays(1),
				new RegisterCaseRequest.Employee("198504122010011002", "Budi Santoso Fiktif", EmploymentType.PNS,
						"Guru", PositionType.FUNCTIONAL, "Dinas Pendidikan"),
				new RegisterCaseRequest.Election(ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY),
				Set.of(Violation.BANNER), "Memasang spanduk.", null, null);
	}

}
