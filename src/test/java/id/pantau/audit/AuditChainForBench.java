package id.pantau.audit;

import java.time.Instant;

/**
 * The audit log's hash, for the benchmark's seeder ({@code id.pantau.bench}), which
 * appends copies of real entries to the chain with SQL.
 */
public final class AuditChainForBench {

	private AuditChainForBench() {
	}

	/** The hash of an entry chained after {@code prevHash}, as Pantau computes it. */
	public static String hash(String prevHash, long seq, Instant recordedAt, String actor, String roles, String region,
			String caseNumber, String action, String subject, String detail, String reason) {
		return ChainHash.of(prevHash, new AuditEntry(seq, recordedAt, actor, roles, region, caseNumber, action, subject,
				detail, reason, prevHash, null));
	}

}
