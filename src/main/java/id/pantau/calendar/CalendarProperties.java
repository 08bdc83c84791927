package id.pantau.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Deadlines in working days ({@code pantau.calendar.deadlines.<name>}): of the steps
 * (whose defaults of {@code shared/domain.md} each step declares) and of the rules in
 * {@link #DEFAULTS}; extra non-working days besides weekends and the holiday calendar,
 * the grace period (working days) after a deadline before an overdue step escalates
 * ({@code pantau.calendar.escalation-grace}, default 3), and the office hours in which
 * hearings are held ({@code pantau.calendar.office-hours}, default 08:00-16:00 local
 * time).
 */
@ConfigurationProperties("pantau.calendar")
record CalendarProperties(Map<String, Integer> deadlines, List<LocalDate> holidays, Integer escalationGrace,
		OfficeHours officeHours) {

	/**
	 * Working days after a deadline before an overdue step escalates to the next level.
	 */
	static final int DEFAULT_ESCALATION_GRACE = 3;

	/**
	 * Deadlines that are rules of their own, not the deadline of one step (a step
	 * declares its own default, {@code StepDefinition}).
	 */
	static final Map<String, Integer> DEFAULTS = Map.ofEntries(Map.entry("second-summons", 7),
			Map.entry("summons-notice", 7));

	/**
	 * Former names of step deadlines and the steps' deadlines they now set, so that a
	 * configuration written for them keeps working: the appeal window is the deadline of
	 * the step recording the appeal; the ruling on an appeal became two steps, the PPK's
	 * decision on an objection and HR's record of BPASN's ruling. A deadline configured
	 * under its own name wins.
	 */
	static final Map<String, List<String>> FORMER_NAMES = Map.of("appeal-window", List.of("record-appeal"),
			"decide-appeal", List.of("decide-objection", "record-appeal-ruling"));

	@ConstructorBinding
	CalendarProperties {
		Map<String, Integer> merged = new LinkedHashMap<>(DEFAULTS);
		if (deadlines != null) {
			deadlines.forEach((name, days) -> FORMER_NAMES.getOrDefault(name, List.of())
				.forEach((current) -> merged.put(current, days)));
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
