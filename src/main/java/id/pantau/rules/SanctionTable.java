package id.pantau.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import id.pantau.shared.EmploymentType;
import id.pantau.shared.EngineActor;
import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;
import id.pantau.shared.StepContext;
import id.pantau.shared.Violation;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * Evaluates one version of the sanction table through the engine, once per act, and keeps
 * the heaviest result. Evaluated for a step, each evaluation is in the engine's decision
 * history with the step's process instance, the case's region and the person.
 */
@Component
class SanctionTable {

	static final String KEY = "SanctionRecommendation";

	private final ProcessEngineConfigurationImpl engine;

	private final IdentityService identity;

	SanctionTable(ProcessEngineConfigurationImpl engine, IdentityService identity) {
		this.engine = engine;
		this.identity = identity;
	}

	/**
	 * The heaviest recommendation over the acts.
	 * @param step the step the evaluation is made for, or null for a preview (not part of
	 * any case's record)
	 */
	Recommendation evaluate(int version, Set<Violation> acts, String stage, EmploymentType type,
			AggravatingFactors factors, StepContext step) {
		if (acts.isEmpty()) {
			throw new IllegalArgumentException("no acts");
		}
		List<VariableMap> inputs = acts.stream().map((act) -> inputs(act, stage, type, factors)).toList();
		EvaluationForStep command = new EvaluationForStep(KEY, version, inputs, (step != null) ? step.taskId() : null);
		List<DmnDecisionResult> results = (step != null)
				? EngineActor.as(this.identity, step.username(), () -> run(command)) : run(command);
		List<Recommendation> perAct = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			perAct.add(recommendation(results.get(i), version, inputs.get(i)));
		}
		return perAct.stream().max(Comparator.comparing(Recommendation::level)).orElseThrow();
	}

	private List<DmnDecisionResult> run(EvaluationForStep command) {
		return this.engine.getCommandExecutorTxRequired().execute(command);
	}

	private static VariableMap inputs(Violation act, String stage, EmploymentType type, AggravatingFactors factors) {
		return Variables.createVariables()
			.putValue("violation", act.name())
			.putValue("stage", stage)
			.putValue("employmentType", type.name())
			.putValue("repeatOffence", factors.repeatOffence())
			.putValue("seniorPosition", factors.seniorPosition())
			.putValue("integrityPactSigned", factors.integrityPactSigned());
	}

	private static Recommendation recommendation(DmnDecisionResult result, int version, VariableMap inputs) {
		if (result.isEmpty()) {
			throw new IllegalStateException("Sanction table version " + version + " has no rule for " + inputs);
		}
		DmnDecisionResultEntries entries = result.getFirstResult();
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
