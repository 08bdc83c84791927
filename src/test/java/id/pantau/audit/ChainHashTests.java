package id.pantau.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain hash is the documented one (docs/audit.md), so an auditor can recompute it
 * outside Pantau, and it is unambiguous.
 */
class ChainHashTests {

	static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2024-05-06T02:03:04.005Z"), "hr-prob", "hr",
			"probolinggo", "PROB-2024-00001", "TASK_COMPLETED", "Task_DraftDecision", "{\"a\":\"é\"}", null,
			"ab".repeat(32), null);

	@Test
	void hashesTheLengthPrefixedFieldsAfterThePreviousHash() throws Exception {
		String documented = "64:" + "ab".repeat(32) + "\n" + "1:7\n" + "24:2024-05-06T02:03:04.005Z\n" + "7:hr-prob\n"
				+ "2:hr\n" + "11:probolinggo\n" + "15:PROB-2024-00001\n" + "14:TASK_COMPLETED\n"
				+ "18:Task_DraftDecision\n" + "10:{\"a\":\"é\"}\n" + "-1:\n";
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(documented.getBytes(StandardCharsets.UTF_8)));

		assertThat(ChainHash.canonical(ENTRY.prevHash(), ENTRY)).isEqualTo(documented);
		assertThat(ENTRY.expectedHash()).isEqualTo(expected);
	}

	@Test
	void tellsAFieldBoundaryMovedFromTheSameCharacters() {
		AuditEntry moved = new AuditEntry(7, ENTRY.recordedAt(), "hr-pro", "bhr", ENTRY.region(), ENTRY.caseNumber(),
				ENTRY.action(), ENTRY.subject(), ENTRY.detail(), null, ENTRY.prevHash(), null);
		AuditEntry emptyReason = new AuditEntry(7, ENTRY.recordedAt(), ENTRY.actor(), ENTRY.roles(), ENTRY.region(),
				ENTRY.caseNumber(), ENTRY.action(), ENTRY.subject(), ENTRY.detail(), "", ENTRY.prevHash(), null);

		assertThat(moved.expectedHash()).isNotEqualTo(ENTRY.expectedHash());
		assertThat(emptyReason.expectedHash()).isNotEqualTo(ENTRY.expectedHash());
	}

}
