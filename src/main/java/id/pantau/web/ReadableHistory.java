package id.pantau.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.timeline.HistoryEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A case's record as people read it: one line per event, in words, with who (name and
 * position) and why; the technical detail kept apart for auditors. Events are of a kind,
 * to filter by.
 */
@Component
class ReadableHistory {

	/** The kinds of event, as the filter offers them. */
	static final List<String> FILTERS = List.of("main", "all", "tasks", "deadlines", "documents", "access",
			"technical");

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("CASE_STARTED", "main"),
			Map.entry("CASE_ENDED", "main"), Map.entry("CASE_CANCELLED", "main"), Map.entry("TASK_COMPLETED", "main"),
			Map.entry("STEP_STARTED", "tasks"), Map.entry("STEP_ENDED", "tasks"), Map.entry("TASK_CREATED", "tasks"),
			Map.entry("TASK_CLAIMED", "tasks"), Map.entry("TASK_UNCLAIMED", "tasks"),
			Map.entry("TASK_ASSIGNED", "tasks"), Map.entry("TASK_CANCELED", "tasks"),
			Map.entry("TIMER_FIRED", "deadlines"), Map.entry("DEADLINE_MISSED", "deadlines"),
			Map.entry("NOTIFICATION_SENT", "deadlines"), Map.entry("DOCUMENT_ADDED", "documents"),
			Map.entry("DOCUMENT_GENERATED", "documents"), Map.entry("PERSONAL_DATA_READ", "access"),
			Map.entry("WRITE_REFUSED", "access"));

	/** Shown by default: what happened to the case, its documents and its deadlines. */
	private static final Set<String> MAIN = Set.of("main", "deadlines", "documents");

	private final MessageSource messages;

	private final UiFormat ui;

	private final ObjectMapper json;

	ReadableHistory(MessageSource messages, UiFormat ui, ObjectMapper json) {
		this.messages = messages;
		this.ui = ui;
		this.json = json;
	}

	/**
	 * One event.
	 *
	 * @param at when
	 * @param kind its kind (see {@link #FILTERS})
	 * @param text what happened, in words
	 * @param who name and position, or empty
	 * @param why the reason given, or null
	 * @param entry the technical record
	 */
	record Line(Instant at, String kind, String text, String who, String why, HistoryEntry entry) {
	}

	/** The lines of the chosen kind ("main" unless another is chosen), oldest first. */
	List<Line> lines(List<HistoryEntry> entries, String filter) {
		String chosen = FILTERS.contains(filter) ? filter : "main";
		Set<String> submitted = entries.stream()
			.filter((e) -> "FORM_SUBMITTED".equals(e.type()))
			.map(HistoryEntry::stepKey)
			.collect(Collectors.toSet());
		boolean started = false;
		List<Line> lines = new ArrayList<>();
		for (HistoryEntry e : entries) {
			String kind = kind(e, submitted, started);
			started |= "CASE_STARTED".equals(e.type());
			boolean shown = switch (chosen) {
				case "all" -> true;
				case "main" -> MAIN.contains(kind);
				default -> chosen.equals(kind);
			};
			if (shown) {
				lines.add(new Line(e.at(), kind, text(e), this.ui.person(e.actor()), e.reason(), e));
			}
		}
		return lines;
	}

	/**
	 * A step's form (what was decided) is the main line; the engine's record of the same
	 * completion is a task event. The first start is the case's, later ones its
	 * sub-routes'.
	 */
	private static String kind(HistoryEntry e, Set<String> submitted, boolean started) {
		if ("FORM_SUBMITTED".equals(e.type())) {
			return "main";
		}
		if ("TASK_COMPLETED".equals(e.type()) && submitted.contains(e.stepKey())) {
			return "tasks";
		}
		if ("CASE_STARTED".equals(e.type()) && started) {
			return "technical";
		}
		return KINDS.getOrDefault(e.type(), "technical");
	}

	private String text(HistoryEntry e) {
		String step = (e.stepName() != null) ? e.stepName() : this.ui.step(e.stepKey());
		if ("FORM_SUBMITTED".equals(e.type()) && e.stepKey() != null) {
			String done = done(e);
			if (done != null) {
				return done;
			}
		}
		String fallback = this.ui.label("HistoryType", e.type()) + (step.isEmpty() ? "" : " · " + step);
		return message("web.history." + e.type(), fallback, step);
	}

	/**
	 * A completed step in words, from what was submitted: "Surat panggilan 700/1
	 * diterbitkan".
	 */
	private String done(HistoryEntry e) {
		JsonNode payload = payload(e.detail());
		if (payload == null) {
			return null;
		}
		Object[] args = switch (e.stepKey()) {
			case "Task_VerifyCase" -> new Object[] { label("VerificationOutcome", payload, "outcome") };
			case "Task_AssignTeam" -> new Object[] { members(payload) };
			case "Task_IssueSummons", "Task_ReportFollowUp" -> new Object[] { text(payload, "letterNumber") };
			case "Task_RecordAttendance" -> new Object[] { yesNo("attended", payload) };
			case "Task_WriteReport" -> new Object[] { yesNo("proven", payload) };
			case "Task_ReviewReport" -> new Object[] { yesNo("approved", payload) };
			case "Task_IssueNotProvenNotice" -> new Object[] { text(payload, "noticeNumber") };
			case "Task_DraftDecision" ->
				new Object[] { text(payload, "draftNumber"), label("Sanction", payload, "proposedSanction") };
			case "Task_DecideSanction" ->
				new Object[] { label("DecisionOutcome", payload, "outcome"), text(payload, "decreeNumber") };
			case "Task_RecordAppeal" -> new Object[] { label("AppealChoice", payload, "choice") };
			case "Task_DecideAppeal", "Task_DecideObjection", "Task_RecordAppealRuling" ->
				new Object[] { label("AppealOutcome", payload, "outcome") };
			default -> new Object[0];
		};
		return message("web.history.done." + e.stepKey(), null, args);
	}

	private JsonNode payload(String detail) {
		if (detail == null || !detail.startsWith("{")) {
			return null;
		}
		try {
			JsonNode node = this.json.readTree(detail).get("payload");
			return (node != null && node.isObject()) ? node : null;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			return null;
		}
	}

	private String members(JsonNode payload) {
		List<String> names = new ArrayList<>();
		JsonNode members = payload.get("members");
		if (members != null) {
			members.forEach((m) -> names.add(this.ui.name(m.asText())));
		}
		return names.stream().collect(Collectors.joining(", "));
	}

	private String yesNo(String field, JsonNode payload) {
		JsonNode value = payload.get(field);
		return (value == null || value.isNull()) ? "-" : message("web.history." + field + "." + value.asBoolean(), "-");
	}

	private String label(String enumName, JsonNode payload, String field) {
		JsonNode value = payload.get(field);
		return (value == null || value.isNull()) ? "-" : this.ui.label(enumName, value.asText());
	}

	private static String text(JsonNode payload, String field) {
		JsonNode value = payload.get(field);
		return (value == null || value.isNull()) ? "-" : value.asText();
	}

	private String message(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
