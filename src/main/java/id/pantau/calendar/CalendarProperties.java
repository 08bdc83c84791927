package id.pantau.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the steps in working days ({@code pantau.calendar.deadlines.<step>}),
 * merged over the defaults of {@code shared/domain.md}, and the non-working days besides
 * weekends.
 */
@ConfigurationProperties("pantau.calendar")
record CalendarProperties(Map<String, Integer> deadlines, List<LocalDate> holidays) {

	static final Map<String, Integer> DEFAULTS = Map.ofEntries(Map.entry("verify-case", 5),
			Map.entry("await-completion", 14), Map.entry("assign-team", 5), Map.entry("issue-summons", 5),
			Map.entry("record-attendance", 15), Map.entry("examine-employee", 5), Map.entry("write-report", 10),
			Map.entry("review-report", 5), Map.entry("issue-not-proven-notice", 5), Map.entry("draft-decision", 5),
			Map.entry("decide-sanction", 14), Map.entry("deliver-decision", 14), Map.entry("appeal-window", 14),
			Map.entry("decide-appeal", 21), Map.entry("report-follow-up", 5), Map.entry("summons-notice", 7));

	CalendarProperties {
		Map<String, Integer> merged = new LinkedHashMap<>(DEFAULTS);
		if (deadlines != null) {
			merged.putAll(deadlines);
		}
		merged.forEach((step, days) -> {
			if (days == null || days < 1) {
				throw new IllegalArgumentException("pantau.calendar.deadlines." + step + " must be at least 1");
			}
		});
		deadlines = Map.copyOf(merged);
		holidays = (holidays != null) ? List.copyOf(holidays) : List.of();
	}

}
