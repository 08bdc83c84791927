package id.pantau.intake;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Gives a process instance its business key, in its runtime row and its history, the way
 * an execution listener would ({@code setProcessBusinessKey}).
 */
final class BusinessKeyChange implements Command<Void> {

	private final String processInstanceId;

	private final String businessKey;

	BusinessKeyChange(String processInstanceId, String businessKey) {
		this.processInstanceId = processInstanceId;
		this.businessKey = businessKey;
	}

	@Override
	public Void execute(CommandContext context) {
		ExecutionEntity instance = context.getExecutionManager().findExecutionById(this.processInstanceId);
		if (instance == null) {
			throw new IllegalStateException("No process instance " + this.processInstanceId);
		}
		instance.setProcessBusinessKey(this.businessKey);
		return null;
	}

}
