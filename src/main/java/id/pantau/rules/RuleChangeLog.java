package id.pantau.rules;

import id.pantau.shared.BusinessTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a change an administrator made to rules kept by another module (e.g. a letter
 * template), in the same record as the sanction table and holiday changes
 * ({@code GET /api/admin/rule-changes}).
 */
@Component
public class RuleChangeLog {

	private final RuleChanges changes;

	RuleChangeLog(RuleChanges changes) {
		this.changes = changes;
	}

	/**
	 * Records the change in the caller's transaction.
	 * @param subject what was changed, e.g. LETTER_TEMPLATE
	 * @param action e.g. UPLOAD
	 * @param version the version the change made
	 * @param detail what, in a few words (cut at 4,000 characters)
	 * @param changedBy the administrator's user name
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String subject, String action, String version, String detail, String changedBy) {
		String text = (detail.length() > 4000) ? detail.substring(0, 3997) + "..." : detail;
		this.changes.save(new RuleChange(subject, action, version, text, changedBy, BusinessTime.now()));
	}

}
