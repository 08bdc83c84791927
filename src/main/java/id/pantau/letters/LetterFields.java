package id.pantau.letters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values a letter is filled with: placeholders ({@code ${case.number}}) and the rows
 * of its table ({@code ${row.*}}); a known placeholder without a value prints as dots, to
 * be filled in by hand.
 */
record LetterFields(Map<String, String> values, List<Map<String, String>> rows) {

	/** What prints where a value is not known yet. */
	static final String BLANK = "....................";

	/** Placeholders every letter may use. */
	static final Set<String> COMMON = Set.of("region.government", "region.office", "region.head", "region.name",
			"region.address", "region.place", "letter.number", "letter.date", "letter.place", "case.number",
			"case.source", "case.reference", "case.received", "case.acts", "employee.name", "employee.nip",
			"employee.position", "employee.unit", "employee.type", "signer.name", "signer.nip", "signer.position",
			"generated.by");

	LetterFields {
		// a value not known yet prints as dots: left out here
		values = values.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null)
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		rows = List.copyOf(rows);
	}

	String value(String name) {
		String value = this.values.get(name);
		return (value == null || value.isBlank()) ? BLANK : value;
	}

	/** The placeholders a template of the type may use. */
	static Set<String> known(LetterType type) {
		Set<String> names = new TreeSet<>(COMMON);
		names.addAll(switch (type) {
			case SUMMONS_1, SUMMONS_2 -> Set.of("hearing.day", "hearing.time", "hearing.place", "summons.round");
			case MINUTES ->
				Set.of("minutes.day", "minutes.date", "minutes.summary", "minutes.signature", "team.members");
			case REPORT -> report();
			case DECISION -> {
				Set<String> decision = new TreeSet<>(report());
				decision.addAll(Set.of("decision.sanction", "decision.level", "decision.moral-kind"));
				yield decision;
			}
			case NOT_PROVEN -> report();
			case DELIVERY_RECORD ->
				Set.of("decision.number", "decision.date", "decision.sanction", "delivery.date", "delivery.method");
			case FOLLOW_UP -> Set.of("row.no", "row.case", "row.employee", "row.reference", "row.sanction",
					"row.decree", "row.decided");
		});
		return names;
	}

	private static Set<String> report() {
		return Set.of("report.finding", "report.acts", "report.findings", "report.legal-basis", "report.sanction",
				"recommendation.level", "recommendation.sanctions", "recommendation.legal-basis",
				"recommendation.table-version");
	}

}
