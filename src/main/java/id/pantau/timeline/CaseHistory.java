package id.pantau.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** Merges the entries of every {@link TimelineSource} of a case, oldest first. */
@Component
class CaseHistory {

	/** Among entries of the same instant, the order a reader expects. */
	private static final List<String> ORDER = List.of("CASE_STARTED", "DATA_ADDED", "STEP_ENDED", "TIMER_FIRED",
			"DEADLINE_MISSED", "TASK_CLAIMED", "TASK_UNCLAIMED", "TASK_ASSIGNED", "FORM_SUBMITTED", "DATA_CHANGED",
			"DECISION_EVALUATED", "OUTCOME_RECORDED", "TASK_COMPLETED", "OPERATION", "NOTIFICATION_SENT",
			"STEP_STARTED", "CASE_ENDED");

	private final List<TimelineSource> sources;

	CaseHistory(List<TimelineSource> sources) {
		this.sources = sources;
	}

	List<HistoryEntry> of(String caseNumber, String region) {
		List<HistoryEntry> entries = new ArrayList<>();
		this.sources.forEach((s) -> entries.addAll(s.entriesOf(caseNumber, region)));
		entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::type, CaseHistory::typeOrder));
		return entries;
	}

	private static int typeOrder(String a, String b) {
		return Integer.compare(rank(a), rank(b));
	}

	private static int rank(String type) {
		int i = ORDER.indexOf(type);
		return (i < 0) ? ORDER.indexOf("OPERATION") : i;
	}

}
