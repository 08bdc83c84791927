package id.pantau.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.pantau.shared.EmploymentType;
import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;
import id.pantau.shared.Violation;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped sanction table against the documented rules (docs/rules.md): every row of
 * the violation catalogue, both election stages, both employment types, and the
 * aggravating factors.
 */
class SanctionTableTests {

	private static final Path TABLE = Path.of("processes/rules/sanction-recommendation.dmn");

	private static final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static DmnDecision decision;

	@BeforeAll
	static void parse() throws IOException {
		try (InputStream in = Files.newInputStream(TABLE)) {
			decision = engine.parseDecision("SanctionRecommendation", in);
		}
	}

	static Stream<Arguments> catalogue() throws IOException {
		List<String[]> rows = Files.readAllLines(Path.of("src/test/resources/rules/violation-catalogue.csv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split(","))
			.toList();
		assertThat(rows).extracting((r) -> r[0])
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Violation.values()).map(Violation::name).toList());
		return rows.stream()
			.flatMap((r) -> Arrays.stream(EmploymentType.values())
				.map((type) -> Arguments.of(Violation.valueOf(r[0]), SanctionLevel.valueOf(r[1]), type)));
	}

	@ParameterizedTest(name = "{0} after candidates are fixed, {2}: {1}")
	@MethodSource("catalogue")
	void givesEveryActItsCatalogueLevelOnceCandidatesAreFixed(Violation act, SanctionLevel level, EmploymentType type) {
		Map<String, Object> result = evaluate(act, "CANDIDACY", type, false, false, false);

		assertThat(result).containsEntry("kind", "DISCIPLINE").containsEntry("level", level.name());
		assertThat(sanctions(result)).isEqualTo(catalogueSanctions(level, type));
		assertThat((String) result.get("legalBasis")).isNotBlank();
	}

	@ParameterizedTest(name = "{0} before candidates are fixed, {2}")
	@MethodSource("catalogue")
	void makesEveryActButPartyMembershipAnEthicsViolationBeforeCandidatesAreFixed(Violation act, SanctionLevel level,
			EmploymentType type) {
		Map<String, Object> result = evaluate(act, "BEFORE_CANDIDACY", type, false, false, false);

		if (level == SanctionLevel.DISMISSAL) {
			assertThat(result).containsEntry("kind", "DISCIPLINE").containsEntry("level", "DISMISSAL");
			assertThat(sanctions(result)).isEqualTo(catalogueSanctions(SanctionLevel.DISMISSAL, type));
		}
		else {
			assertThat(result).containsEntry("kind", "MORAL")
				.containsEntry("level", "MORAL")
				.containsEntry("legalBasis", "PP 42/2004 Pasal 15 ayat (3)");
			assertThat(sanctions(result)).containsExactly(Sanction.CLOSED_STATEMENT);
		}
	}

	@ParameterizedTest(name = "aggravating factor {0}")
	@MethodSource("aggravations")
	void makesTheMoralSanctionAnOpenStatementForEachAggravatingFactor(boolean repeat, boolean senior, boolean pact) {
		Map<String, Object> result = evaluate(Violation.BANNER, "BEFORE_CANDIDACY", EmploymentType.PNS, repeat, senior,
				pact);

		assertThat(sanctions(result)).containsExactly(Sanction.OPEN_STATEMENT);
	}

	static Stream<Arguments> aggravations() {
		return Stream.of(Arguments.of(true, false, false), Arguments.of(false, true, false),
				Arguments.of(false, false, true));
	}

	@Test
	void raisesARepeatedModerateViolationToSevere() {
		for (EmploymentType type : EmploymentType.values()) {
			Map<String, Object> result = evaluate(Violation.PARTISAN_ACTIVITY, "CANDIDACY", type, true, false, false);

			assertThat(result).containsEntry("level", "SEVERE");
			assertThat(sanctions(result)).isEqualTo(catalogueSanctions(SanctionLevel.SEVERE, type));
		}
	}

	@Test
	void leavesSeniorityAndPactOutOfTheDisciplineLevel() {
		Map<String, Object> result = evaluate(Violation.APPROACH_PARTY, "CANDIDACY", EmploymentType.PNS, false, true,
				true);

		assertThat(result).containsEntry("level", "MODERATE");
	}

	@Test
	void findsNoRuleForAnUnknownAct() {
		Map<String, Object> variables = variables("UNKNOWN_ACT", "CANDIDACY", EmploymentType.PNS, false, false, false);

		assertThat(engine.evaluateDecision(decision, variables)).isEmpty();
	}

	private static Map<String, Object> evaluate(Violation act, String stage, EmploymentType type, boolean repeat,
			boolean senior, boolean pact) {
		DmnDecisionResult result = engine.evaluateDecision(decision,
				variables(act.name(), stage, type, repeat, senior, pact));
		assertThat(result).as("rule for %s %s %s", act, stage, type).isNotEmpty();
		return result.getFirstResult().getEntryMap();
	}

	private static Map<String, Object> variables(String act, String stage, EmploymentType type, boolean repeat,
			boolean senior, boolean pact) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("violation", act);
		variables.put("stage", stage);
		variables.put("employmentType", type.name());
		variables.put("repeatOffence", repeat);
		variables.put("seniorPosition", senior);
		variables.put("integrityPactSigned", pact);
		return variables;
	}

	private static List<Sanction> sanctions(Map<String, Object> result) {
		return Arrays.stream(((String) result.get("candidateSanctions")).split(",")).map(Sanction::valueOf).toList();
	}

	/** The sanctions of the catalogue at that level for that kind of employee. */
	private static List<Sanction> catalogueSanctions(SanctionLevel level, EmploymentType type) {
		return Arrays.stream(Sanction.values()).filter((s) -> s.level() == level && s.appliesTo(type)).toList();
	}

}
