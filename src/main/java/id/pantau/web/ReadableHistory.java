package id.pantau.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.shared.StepDefinition;
import id.pantau.tasks.Steps;
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

	private final Steps steps;

	ReadableHistory(MessageSource messages, UiFormat ui, ObjectMapper json, Steps steps) {
		this.steps = steps;
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
		StepDefinition<?> step = this.steps.definition(e.stepKey()).orElse(null);
		if (step == null) {
			return null;
		}
		Object[] args = step.summary().stream().map((field) -> value(step.payloadType(), field, payload)).toArray();
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

	/**
	 * A payload field as the history says it: an enum by its label, a yes/no in words, a
	 * list of user names by the people's names, text as written.
	 */
	private String value(Class<?> payloadType, String field, JsonNode payload) {
		JsonNode value = payload.get(field);
		if (value == null || value.isNull()) {
			return "-";
		}
		Class<?> type = typeOf(payloadType, field);
		if (type != null && type.isEnum()) {
			return this.ui.label(type.getSimpleName(), value.asText());
		}
		if (type == Boolean.class || type == boolean.class) {
			return message("web.history." + field + "." + value.asBoolean(), "-");
		}
		if (value.isArray()) {
			List<String> names = new ArrayList<>();
			value.forEach((v) -> names.add(this.ui.name(v.asText())));
			return String.join(", ", names);
		}
		return value.asText();
	}

	private static Class<?> typeOf(Class<?> payloadType, String field) {
		if (payloadType.isRecord()) {
			for (java.lang.reflect.RecordComponent c : payloadType.getRecordComponents()) {
				if (c.getName().equals(field)) {
					return c.getType();
				}
			}
		}
		return null;
	}

	private String message(String key, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

}
