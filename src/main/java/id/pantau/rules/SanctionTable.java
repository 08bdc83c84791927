package id.pantau.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.shared.EmploymentType;
import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;
import id.pantau.shared.Violation;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/**
 * Evaluates one version of the sanction table through the engine, once per act, and keeps
 * the heaviest result.
 */
@Component
class SanctionTable {

	static final String KEY = "SanctionRecommendation";

	private final DecisionService decisions;

	SanctionTable(DecisionService decisions) {
		this.decisions = decisions;
	}

	Recommendation evaluate(int version, Set<Violation> acts, String stage, EmploymentType type,
			AggravatingFactors factors) {
		List<Recommendation> perAct = new ArrayList<>();
		for (Violation act : acts) {
			perAct.add(evaluate(version, act, stage, type, factors));
		}
		return perAct.stream()
			.max(Comparator.comparing(Recommendation::level))
			.orElseThrow(() -> new IllegalArgumentException("no acts"));
	}

	private Recommendation evaluate(int version, Violation act, String stage, EmploymentType type,
			AggravatingFactors factors) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("violation", act.name());
		variables.put("stage", stage);
		variables.put("employmentType", type.name());
		variables.put("repeatOffence", factors.repeatOffence());
		variables.put("seniorPosition", factors.seniorPosition());
		variables.put("integrityPactSigned", factors.integrityPactSigned());
		DmnDecisionResult result = this.decisions.evaluateDecisionByKey(KEY)
			.version(version)
			.variables(variables)
			.evaluate();
		if (result.isEmpty()) {
			throw new IllegalStateException(
					"Sanction table version " + version + " has no rule for " + act + " at " + stage + " for " + type);
		}
		return recommendation(result.getFirstResult(), version);
	}

	private static Recommendation recommendation(DmnDecisionResultEntries entries, int version) {
		String sanctions = entries.getEntry("candidateSanctions");
		List<Sanction> candidates = Arrays.stream(sanctions.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.map(Sanction::valueOf)
			.toList();
		return new Recommendation(entries.getEntry("kind"), SanctionLevel.valueOf(entries.getEntry("level")),
				candidates, entries.getEntry("legalBasis"), version);
	}

}
