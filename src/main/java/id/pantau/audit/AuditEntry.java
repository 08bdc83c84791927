package id.pantau.audit;

import java.time.Instant;

/**
 * One stored entry of the audit log.
 *
 * @param seq position in the chain, from 1 without gaps
 * @param recordedAt when it was recorded (UTC, milliseconds)
 * @param actor who acted
 * @param roles his roles
 * @param region region code
 * @param caseNumber case number
 * @param action what happened
 * @param subject what it happened to
 * @param detail data that mattered
 * @param reason why
 * @param prevHash hash of the entry before ({@code 0…0} for the first)
 * @param hash SHA-256 over {@code prevHash} and the canonical content
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String roles, String region, String caseNumber,
		String action, String subject, String detail, String reason, String prevHash, String hash) {

	/** The hash this entry must carry, computed from its content. */
	String expectedHash() {
		return ChainHash.of(this.prevHash, this);
	}

}
