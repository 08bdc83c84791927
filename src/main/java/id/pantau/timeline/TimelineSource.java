package id.pantau.timeline;

import java.util.List;

/**
 * A source of entries for a case's timeline. Every bean implementing it is merged into
 * the timeline, oldest first; a module adds its own source (e.g. notifications sent)
 * without touching the others.
 */
public interface TimelineSource {

	/**
	 * The entries of one case, in any order.
	 * @param caseNumber the case number (the process business key)
	 * @param region region code of the case
	 */
	List<HistoryEntry> entriesOf(String caseNumber, String region);

}
