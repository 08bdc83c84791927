package id.pantau.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.shared.EngineActor;
import id.pantau.shared.NeutralityCaseProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ActivityAfterInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.ActivityBeforeInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.ActivityCancellationCmd;
import org.camunda.bpm.engine.impl.cmd.ActivityInstanceCancellationCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.TransitionInstanceCancellationCmd;
import org.camunda.bpm.engine.impl.cmd.TransitionInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The engine refuses, to anyone but Pantau, the commands that would move a case along its
 * route: a step completed without Pantau's checks and records (the PPK's decision with no
 * decision), a modification that skips the investigation, variables that change a routing
 * outcome, a case process started without a case. Cockpit, Tasklist, Camunda's REST API
 * and any Java code meet the same refusal; Pantau's own calls carry a permit
 * ({@link EngineActor}). Commands run inside an allowed command (a delegate, a call
 * activity, a batch job) are not checked again, nor are the job executor's timers.
 * <p>
 * A person calling Camunda's API directly (the engine knows who) may not deploy (unless
 * {@code pantau.engine.rest-deployments} is on) nor fire a timer early.
 */
@Component
class EngineGuard extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(EngineGuard.class);

	static final Set<String> CASE_PROCESSES = Set.of(NeutralityCaseProcess.KEY, NeutralityCaseProcess.INVESTIGATION_KEY,
			NeutralityCaseProcess.APPEAL_KEY);

	static final String STEP = "Use Pantau to complete a case's step (its pages or /api/tasks): "
			+ "the engine completes Pantau's tasks only after Pantau has checked and recorded the step.";

	static final String ROUTE = "Use Pantau to move a case along its route: modification, restart and migration "
			+ "of Pantau's processes are refused. To cancel a broken case, delete its process instance.";

	static final String VARIABLES = "Use Pantau to record a step's outcome: process and task variables are written "
			+ "by Pantau's steps only.";

	static final String START = "Use Pantau to register a case (/api/cases): its processes start with a case only.";

	static final String EVENTS = "Use Pantau to move a case: messages and signals are not sent to its processes "
			+ "through Camunda's API.";

	static final String TIMERS = "Use Pantau's deadlines: timers fire when due, run by the job executor. "
			+ "To retry a failed job, set its retries.";

	static final String DEPLOYMENTS = "Use Pantau to change models and tables: deployments through Camunda's API are "
			+ "off (pantau.engine.rest-deployments); sanction tables are deployed under /api/admin/rules.";

	static final String TASKS = "Use Pantau for a step's name, deadline and roles: they follow the model and the law. "
			+ "To hand a step to another person, reassign it (set its assignee).";

	static final String SUB_INSTANCES = "Use a plain delete: a case's sub-processes are deleted with it "
			+ "(skipSubprocesses would leave steps of a cancelled case open).";

	/** Commands that move any case along its route, whoever the caller. */
	static final Map<Class<?>, String> ROUTE_COMMANDS = routeCommands();

	private final EngineProperties properties;

	EngineGuard(EngineProperties properties) {
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(
				configuration.getCustomPreCommandInterceptorsTxRequired(), new Guard(configuration, this.properties)));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(
				withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
						new Guard(configuration, this.properties)));
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors, Guard guard) {
		List<CommandInterceptor> all = new ArrayList<>();
		all.add(guard);
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		return all;
	}

	private static Map<Class<?>, String> routeCommands() {
		Map<Class<?>, String> commands = new java.util.HashMap<>();
		for (Class<?> step : List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class, ResolveTaskCmd.class,
				DelegateTaskCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class)) {
			commands.put(step, STEP);
		}
		for (Class<?> route : List.of(ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class,
				ProcessInstanceModificationCmd.class, ProcessInstanceModificationBatchCmd.class,
				ActivityBeforeInstantiationCmd.class, ActivityAfterInstantiationCmd.class,
				TransitionInstantiationCmd.class, ActivityCancellationCmd.class, ActivityInstanceCancellationCmd.class,
				TransitionInstanceCancellationCmd.class, RestartProcessInstancesCmd.class,
				RestartProcessInstancesBatchCmd.class, MigrateProcessInstanceCmd.class,
				MigrateProcessInstanceBatchCmd.class, SetProcessDefinitionVersionCmd.class)) {
			commands.put(route, ROUTE);
		}
		for (Class<?> variables : List.of(SetExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class,
				PatchExecutionVariablesCmd.class, SetTaskVariablesCmd.class, RemoveTaskVariablesCmd.class,
				PatchTaskVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class)) {
			commands.put(variables, VARIABLES);
		}
		for (Class<?> events : List.of(CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
				CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class,
				SignalCmd.class)) {
			commands.put(events, EVENTS);
		}
		commands.put(SetJobDuedateCmd.class, TIMERS);
		return Map.copyOf(commands);
	}

	/** The interceptor in front of every command the engine runs. */
	static final class Guard extends CommandInterceptor {

		private final ProcessEngineConfigurationImpl configuration;

		private final EngineProperties properties;

		Guard(ProcessEngineConfigurationImpl configuration, EngineProperties properties) {
			this.configuration = configuration;
			this.properties = properties;
		}

		@Override
		public <T> T execute(Command<T> command) {
			if (Context.getCommandContext() == null && !EngineActor.actsForPantau()) {
				String refusal = refusal(command);
				if (refusal != null) {
					String caller = caller();
					log.warn("Refused {} by {} outside Pantau: {}", command.getClass().getSimpleName(), caller,
							refusal);
					throw new AuthorizationException(refusal);
				}
			}
			return this.next.execute(command);
		}

		/** Why this command is refused, or null when it may run. */
		String refusal(Command<?> command) {
			String route = ROUTE_COMMANDS.get(command.getClass());
			if (route != null) {
				return route;
			}
			if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
				ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) field(command,
						"instantiationBuilder");
				return startsCaseProcess(builder.getProcessDefinitionKey(), builder.getProcessDefinitionId()) ? START
						: null;
			}
			if (command instanceof SubmitStartFormCmd) {
				return startsCaseProcess(null, (String) field(command, "processDefinitionId")) ? START : null;
			}
			if ((command instanceof AbstractDeleteProcessInstanceCmd
					|| command instanceof DeleteProcessInstanceBatchCmd)
					&& Boolean.TRUE.equals(field(command, "skipSubprocesses"))) {
				return SUB_INSTANCES;
			}
			if (personCalling()) {
				if (changesACaseStep(command)) {
					return TASKS;
				}
				if (command instanceof ExecuteJobsCmd) {
					return TIMERS;
				}
				if (!this.properties.restDeployments() && (command instanceof DeployCmd
						|| command instanceof DeleteDeploymentCmd || command instanceof DeleteProcessDefinitionsByIdsCmd
						|| command instanceof DeleteProcessDefinitionsByKeyCmd)) {
					return DEPLOYMENTS;
				}
			}
			return null;
		}

		/**
		 * Whether the command changes a case step's name, deadline, priority, owner or
		 * candidates (its roles, its examination team). Setting or removing its assignee
		 * stays allowed: that is how an administrator reassigns a step.
		 */
		private boolean changesACaseStep(Command<?> command) {
			if (command instanceof SaveTaskCmd) {
				TaskEntity task = (TaskEntity) field(command, "task");
				return task != null && startsCaseProcess(null, task.getProcessDefinitionId());
			}
			if (command instanceof SetTaskNameCmd || command instanceof SetTaskDescriptionCmd
					|| command instanceof SetTaskDueDateCmd || command instanceof SetTaskFollowUpDateCmd
					|| command instanceof SetTaskPriorityCmd || command instanceof SetTaskOwnerCmd) {
				return isCaseTask((String) field(command, "taskId"));
			}
			if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd) {
				return !IdentityLinkType.ASSIGNEE.equals(field(command, "type"))
						&& isCaseTask((String) field(command, "taskId"));
			}
			return false;
		}

		private boolean isCaseTask(String taskId) {
			if (taskId == null) {
				return false;
			}
			Task task = this.configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
			return task != null && startsCaseProcess(null, task.getProcessDefinitionId());
		}

		private boolean startsCaseProcess(String key, String definitionId) {
			if (key != null) {
				return CASE_PROCESSES.contains(key);
			}
			if (definitionId == null) {
				return false;
			}
			try {
				return CASE_PROCESSES
					.contains(this.configuration.getRepositoryService().getProcessDefinition(definitionId).getKey());
			}
			catch (ProcessEngineException ex) {
				// no such definition: the command itself will say so
				return false;
			}
		}

		private boolean personCalling() {
			Authentication authentication = this.configuration.getIdentityService().getCurrentAuthentication();
			return authentication != null && authentication.getUserId() != null;
		}

		private String caller() {
			Authentication authentication = this.configuration.getIdentityService().getCurrentAuthentication();
			return (authentication != null && authentication.getUserId() != null) ? authentication.getUserId()
					: "code without a user";
		}

		/**
		 * A field of an engine command. An engine upgrade that renames it fails closed
		 * (the command is refused) and fails the tests.
		 */
		private static Object field(Object target, String name) {
			for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
				try {
					Field field = type.getDeclaredField(name);
					field.setAccessible(true);
					return field.get(target);
				}
				catch (NoSuchFieldException ex) {
					// look in the superclass
				}
				catch (IllegalAccessException ex) {
					break;
				}
			}
			throw new AuthorizationException(
					"Pantau cannot check " + target.getClass().getSimpleName() + " (no field " + name + "): refused");
		}

	}

}
