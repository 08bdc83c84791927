package id.pantau.timeline;

import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;

import org.springframework.stereotype.Service;

/**
 * A case's timeline as a given person may read it: the case must be readable by him (role
 * and region), and the confidential reporter is masked unless his role may read it. The
 * API and the pages both read timelines through here.
 */
@Service
public class CaseTimeline {

	private final CaseDirectory cases;

	private final CaseHistory history;

	private final AccessPolicy policy;

	CaseTimeline(CaseDirectory cases, CaseHistory history, AccessPolicy policy) {
		this.cases = cases;
		this.history = history;
		this.policy = policy;
	}

	/**
	 * The timeline of a case, oldest first.
	 * @param user the reader
	 * @param number the case number
	 */
	public List<HistoryEntry> readBy(PantauUser user, String number) {
		CaseSummary found = this.cases.readableBy(user, number);
		List<HistoryEntry> entries = this.history.of(found.number(), found.region());
		return this.policy.mayReadReporter(user) ? entries
				: entries.stream().map(HistoryEntry::withoutReporter).toList();
	}

}
