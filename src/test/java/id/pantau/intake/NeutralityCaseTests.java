package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import id.pantau.shared.ConflictException;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Intake's verification and the completion of documents, without Spring. */
class NeutralityCaseTests {

	static final LocalDate RECEIVED = LocalDate.of(2025, 5, 5);

	static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

	@Test
	void wantsWhereAReportOutsideOurAuthorityWentAndWhatAnIncompleteOneLacks() {
		assertRefused("forwardedTo", "verify.forwarded-to.required",
				() -> reported().recordVerification(
						new Verification(VerificationOutcome.NOT_OUR_AUTHORITY, null, " ", null), "intake",
						Instant.EPOCH));
		assertRefused("missingItems", "verify.missing-items.required",
				() -> reported().recordVerification(new Verification(VerificationOutcome.INCOMPLETE, null, null, ""),
						"intake", Instant.EPOCH));
	}

	@Test
	void recordsTheDocumentsArrivingBetweenTheReceiptAndTodayWhileTheCaseIsOpen() {
		NeutralityCase incomplete = reported();

		assertRefused("receivedOn", "date.not-before-registration",
				() -> incomplete.recordCompletion(RECEIVED.minusDays(1), null, TODAY));
		assertRefused("receivedOn", "date.not-before-registration",
				() -> incomplete.recordCompletion(TODAY.plusDays(1), null, TODAY));
		incomplete.recordCompletion(TODAY, "KTP and statement", TODAY);

		incomplete.close(ClosureReason.INCOMPLETE, Instant.EPOCH);
		assertThrows(ConflictException.class, () -> incomplete.recordCompletion(TODAY, null, TODAY));
	}

	static NeutralityCase reported() {
		ReportedEmployee employee = new ReportedEmployee("198501012010011001", "Budi Santoso", EmploymentType.PNS,
				"Kepala Seksi", PositionType.STRUCTURAL, "Dinas Pendidikan");
		Registration registration = new Registration(CaseSource.BAWASLU_FINDING, "001/PM.00.02/K.JI-21/05/2025",
				RECEIVED.minusDays(2), RECEIVED, ElectionType.PILKADA, 2024, ElectionStage.CANDIDACY,
				"posted campaign material", null, null, null, employee, Set.of(Violation.values()[0]));
		return new NeutralityCase("PROB-2025-0001", "probolinggo", registration, "intake-prob", Instant.EPOCH);
	}

	static void assertRefused(String field, String messageKey, Executable act) {
		InvalidInputException refused = assertThrows(InvalidInputException.class, act);
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.messageKey()).isEqualTo(messageKey);
	}

}
