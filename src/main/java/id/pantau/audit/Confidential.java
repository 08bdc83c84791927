package id.pantau.audit;

import java.util.regex.Pattern;

/**
 * Keeps the confidential reporter out of what a user may not read: the audit log records
 * the reporter's name and contact like any other data; the timeline hides them from roles
 * that may not read the reporter.
 */
final class Confidential {

	private static final Pattern REPORTER = Pattern
		.compile("\"(reporterName|reporterContact)\":\"(?:[^\"\\\\]|\\\\.)*\"");

	static final String HIDDEN = "***";

	private Confidential() {
	}

	static HistoryEntry withoutReporter(HistoryEntry e) {
		if (e.detail() == null || !e.detail().contains("\"reporter")) {
			return e;
		}
		String detail = REPORTER.matcher(e.detail()).replaceAll("\"$1\":\"" + HIDDEN + "\"");
		return new HistoryEntry(e.at(), e.type(), e.step(), e.stepName(), e.actor(), e.role(), e.region(), detail,
				e.reason(), e.source());
	}

}
