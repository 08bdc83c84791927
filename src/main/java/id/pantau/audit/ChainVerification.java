package id.pantau.audit;

import java.time.Instant;

/**
 * The result of walking the audit log's chain.
 *
 * @param intact whether every entry matches its hash and links to the one before
 * @param entriesChecked how many entries were read
 * @param lastSeq the number of the chain head
 * @param lastHash the hash of the chain head
 * @param firstBrokenSeq the first entry that does not match, if any
 * @param problem what is wrong with it: CONTENT_CHANGED, LINK_BROKEN, ENTRY_MISSING,
 * HEAD_MISMATCH, ENTRY_BEYOND_HEAD
 * @param verifiedAt when the walk ended
 */
public record ChainVerification(boolean intact, long entriesChecked, long lastSeq, String lastHash, Long firstBrokenSeq,
		String problem, Instant verifiedAt) {
}
