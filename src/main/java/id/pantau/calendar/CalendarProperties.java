package id.pantau.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Deadlines of the steps in working days ({@code pantau.calendar.deadlines.<step>}),
 * merged over the defaults of {@code shared/domain.md}, extra non-working days besides
 * weekends and the holiday calendar, the grace period (working days) after a deadline
 * before an overdue step escalates ({@code pantau.calendar.escalation-grace}, default 3),
 * and the office hours in which hearings are held ({@code pantau.calendar.office-hours},
 * default 08:00-16:00 local time).
 */
@ConfigurationProperties("pantau.calendar")
record CalendarProperties(Map<String, Integer> deadlines, List<LocalDate> holidays, Integer escalationGrace,
		OfficeHours officeHours) {

	/**
	 * Working days after a deadline before an overdue step escalates to the next level.
	 */
	static final int DEFAULT_ESCALATION_GRACE = 3;

	static final Map<String, Integer> DEFAULTS = Map.ofEntries(Map.entry("verify-case", 5),
			Map.entry("await-completion", 14), Map.entry("assign-team", 5), Map.entry("issue-summons", 5),
			Map.entry("second-summons", 7), Map.entry("record-attendance", 3), Map.entry("examine-employee", 5),
			Map.entry("write-report", 10), Map.entry("review-report", 5), Map.entry("issue-not-proven-notice", 5),
			Map.entry("draft-decision", 5), Map.entry("decide-sanction", 14), Map.entry("deliver-decision", 14),
			Map.entry("appeal-window", 14), Map.entry("decide-appeal", 21), Map.entry("report-follow-up", 5),
			Map.entry("summons-notice", 7));

	@ConstructorBinding
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
		escalationGrace = (escalationGrace != null) ? escalationGrace : DEFAULT_ESCALATION_GRACE;
		if (escalationGrace < 1) {
			throw new IllegalArgumentException("pantau.calendar.escalation-grace must be at least 1");
		}
		officeHours = (officeHours != null) ? officeHours : new OfficeHours(null, null);
	}

	CalendarProperties(Map<String, Integer> deadlines, List<LocalDate> holidays) {
		this(deadlines, holidays, null, null);
	}

	/**
	 * When hearings may begin, in the region's local time: from {@code opens} until
	 * before {@code closes}.
	 */
	record OfficeHours(LocalTime opens, LocalTime closes) {

		OfficeHours {
			opens = (opens != null) ? opens : LocalTime.of(8, 0);
			closes = (closes != null) ? closes : LocalTime.of(16, 0);
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException("pantau.calendar.office-hours: opens must be before closes");
			}
		}

		boolean contain(LocalTime time) {
			return !time.isBefore(this.opens) && time.isBefore(this.closes);
		}

	}

}
