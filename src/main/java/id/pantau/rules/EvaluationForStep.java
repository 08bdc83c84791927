package id.pantau.rules;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Evaluates a version of a decision once per set of inputs, inside the execution of a
 * user task when one is given. The engine's history listener then links each evaluation
 * to that execution as it does for a business rule task: process instance, activity (the
 * step), tenant (the case's region). Without a task the evaluations are standalone, as
 * through the {@code DecisionService}.
 */
final class EvaluationForStep implements Command<List<DmnDecisionResult>> {

	private final String key;

	private final int version;

	private final List<VariableMap> inputs;

	private final String taskId;

	EvaluationForStep(String key, int version, List<VariableMap> inputs, String taskId) {
		this.key = key;
		this.version = version;
		this.inputs = List.copyOf(inputs);
		this.taskId = taskId;
	}

	@Override
	public List<DmnDecisionResult> execute(CommandContext commandContext) {
		DecisionDefinition definition = commandContext.getProcessEngineConfiguration()
			.getDeploymentCache()
			.findDeployedDecisionDefinitionByKeyAndVersion(this.key, this.version);
		ExecutionEntity execution = execution(commandContext);
		if (execution != null) {
			Context.setExecutionContext(execution);
		}
		try {
			List<DmnDecisionResult> results = new ArrayList<>();
			for (VariableMap variables : this.inputs) {
				results.add(evaluate(definition, variables));
			}
			return results;
		}
		finally {
			if (execution != null) {
				Context.removeExecutionContext();
			}
		}
	}

	private ExecutionEntity execution(CommandContext commandContext) {
		if (this.taskId == null) {
			return null;
		}
		TaskEntity task = commandContext.getTaskManager().findTaskById(this.taskId);
		if (task == null || task.getExecution() == null) {
			throw new ProcessEngineException("No execution for task " + this.taskId);
		}
		return task.getExecution();
	}

	private DmnDecisionResult evaluate(DecisionDefinition definition, VariableMap variables) {
		try {
			return DecisionEvaluationUtil.evaluateDecision(definition, variables);
		}
		catch (ProcessEngineException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ProcessEngineException(
					"Exception while evaluating decision " + this.key + " version " + this.version, ex);
		}
	}

}
