package id.pantau.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.pantau.shared.BusinessTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit log from the first entry to the chain head and reports the first entry
 * whose content, link or number does not match. Reads one consistent snapshot and only
 * the entries up to the head it read, so entries appended meanwhile never look like a
 * break.
 */
@Component
public class ChainVerifier {

	private static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	ChainVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Walks the whole chain (every entry up to the head); costs a read of the log. */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		Map<String, Object> head = this.jdbc
			.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
		long headSeq = ((Number) head.get("last_seq")).longValue();
		long expectedSeq = 1;
		String prev = ChainHash.GENESIS;
		long checked = 0;
		List<AuditEntry> page;
		do {
			page = this.jdbc.query(
					"select " + AuditLog.COLUMNS + " from audit_log where seq >= ? and seq <= ? order by seq limit ?",
					AuditLog.ROWS, expectedSeq, headSeq, PAGE);
			for (AuditEntry e : page) {
				checked++;
				String problem = problem(e, expectedSeq, prev);
				if (problem != null) {
					return broken(checked, head, e.seq() > expectedSeq ? expectedSeq : e.seq(), problem);
				}
				prev = e.hash();
				expectedSeq++;
			}
		}
		while (page.size() == PAGE);
		if (headSeq != expectedSeq - 1 || !prev.equals(head.get("last_hash"))) {
			return broken(checked, head, expectedSeq, "HEAD_MISMATCH");
		}
		Long beyond = firstEntryBeyondHead();
		if (beyond != null) {
			return broken(checked, head, beyond, "ENTRY_BEYOND_HEAD");
		}
		return new ChainVerification(true, checked, headSeq, prev, null, null, now());
	}

	/**
	 * An entry past the chain head, read in one statement (so never one appended
	 * meanwhile, whose head commits with it): inserted behind the application's back.
	 */
	private Long firstEntryBeyondHead() {
		return this.jdbc.queryForObject(
				"select min(seq) from audit_log where seq > (select last_seq from audit_chain_head where id = 1)",
				Long.class);
	}

	private static String problem(AuditEntry e, long expectedSeq, String prev) {
		if (e.seq() != expectedSeq) {
			return "ENTRY_MISSING";
		}
		if (!e.prevHash().equals(prev)) {
			return "LINK_BROKEN";
		}
		if (!e.hash().equals(e.expectedHash())) {
			return "CONTENT_CHANGED";
		}
		return null;
	}

	private static ChainVerification broken(long checked, Map<String, Object> head, long seq, String problem) {
		return new ChainVerification(false, checked, ((Number) head.get("last_seq")).longValue(),
				(String) head.get("last_hash"), seq, problem, now());
	}

	private static Instant now() {
		return BusinessTime.now();
	}

}
