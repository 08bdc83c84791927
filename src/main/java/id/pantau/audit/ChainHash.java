package id.pantau.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical serialization of an audit entry and its chained SHA-256 (documented in
 * docs/audit.md): each field in a fixed order as {@code <length in UTF-8 bytes>:<value>},
 * a null as {@code -1:}, fields separated by a newline, after the previous entry's hash.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(String prevHash, AuditEntry e) {
		return sha256(canonical(prevHash, e));
	}

	static String canonical(String prevHash, AuditEntry e) {
		StringBuilder out = new StringBuilder();
		for (String field : new String[] { prevHash, Long.toString(e.seq()), e.recordedAt().toString(), e.actor(),
				e.roles(), e.region(), e.caseNumber(), e.action(), e.subject(), e.detail(), e.reason() }) {
			out.append((field != null) ? field.getBytes(StandardCharsets.UTF_8).length : -1)
				.append(':')
				.append((field != null) ? field : "")
				.append('\n');
		}
		return out.toString();
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
