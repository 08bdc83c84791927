package id.pantau.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Keeps the confidential reporter out of what a user may not read
 * ({@code AccessPolicy.mayReadReporter}): the audit log records the reporter's name and
 * contact like any other data; wherever details are shown (timeline, one user's actions,
 * dossier), their confidential fields are masked by the structure of the JSON, at any
 * depth, and a detail that is not readable JSON is hidden whole.
 */
public final class Confidential {

	/** Field names that hold the reporter, wherever they occur in a detail. */
	static final Set<String> FIELDS = Set.of("reporter", "reporterName", "reporterContact");

	static final String HIDDEN = "***";

	private Confidential() {
	}

	public static AuditEntry withoutReporter(AuditEntry e) {
		String detail = json(e.detail());
		if (detail == e.detail()) {
			return e;
		}
		return new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.roles(), e.region(), e.caseNumber(), e.action(),
				e.subject(), detail, e.reason(), e.prevHash(), e.hash());
	}

	/**
	 * A timeline detail: plain text (the engine's), or JSON after a subject (the audit
	 * log's {@code NeutralityCase#12 {...}}).
	 */
	public static String masked(String detail) {
		if (detail == null) {
			return null;
		}
		int start = jsonStart(detail);
		if (start < 0) {
			return detail.toLowerCase(Locale.ROOT).contains("reporter") ? HIDDEN : detail;
		}
		String part = detail.substring(start);
		String json = json(part);
		return (json == part) ? detail : detail.substring(0, start) + json;
	}

	/** A JSON detail with the reporter masked; the same instance when there is none. */
	static String json(String detail) {
		if (detail == null) {
			return null;
		}
		JsonNode tree = AuditDetails.parse(detail);
		if (tree == null) {
			return HIDDEN;
		}
		return mask(tree) ? AuditDetails.write(tree) : detail;
	}

	private static boolean mask(JsonNode node) {
		boolean masked = false;
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				if (FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
					field.setValue(TextNode.valueOf(HIDDEN));
					masked = true;
				}
				else {
					masked |= mask(field.getValue());
				}
			}
		}
		else if (node != null && node.isArray()) {
			for (JsonNode child : node) {
				masked |= mask(child);
			}
		}
		return masked;
	}

	private static int jsonStart(String detail) {
		int brace = detail.indexOf('{');
		int bracket = detail.indexOf('[');
		return (brace < 0) ? bracket : (bracket < 0) ? brace : Math.min(brace, bracket);
	}

}
