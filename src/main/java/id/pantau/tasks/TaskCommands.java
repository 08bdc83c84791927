package id.pantau.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CurrentStep;
import id.pantau.intake.CurrentSteps;
import id.pantau.shared.ConflictException;
import id.pantau.shared.EngineActor;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Variables;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.StepCompletionCheck;
import id.pantau.shared.StepContext;
import id.pantau.shared.TaskStep;
import id.pantau.shared.UnreadablePayloadException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim, unclaim and complete, each checked by the access policy. Completing validates
 * the step's typed payload, lets the owning module record it, and completes the task, all
 * in one transaction: a refused completion changes nothing, and of concurrent completions
 * one wins and the others are told the task is completed already.
 */
@Service
@Transactional
public class TaskCommands {

	private static final Logger log = LoggerFactory.getLogger(TaskCommands.class);

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final AccessPolicy policy;

	private final Steps steps;

	private final ObjectMapper json;

	private final Validator validator;

	private final CurrentSteps currentSteps;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	private final HistoryService history;

	private final TransactionTemplate transaction;

	private final List<StepCompletionCheck> completionChecks;

	TaskCommands(TaskService tasks, RuntimeService runtime, AccessPolicy policy, Steps steps, ObjectMapper json,
			Validator validator, CurrentSteps currentSteps, IdentityService identity, ApplicationEventPublisher events,
			HistoryService history, PlatformTransactionManager transactions,
			List<StepCompletionCheck> completionChecks) {
		this.completionChecks = List.copyOf(completionChecks);
		this.history = history;
		this.transaction = new TransactionTemplate(transactions);
		this.identity = identity;
		this.events = events;
		this.tasks = tasks;
		this.runtime = runtime;
		this.policy = policy;
		this.steps = steps;
		this.json = json;
		this.validator = validator;
		this.currentSteps = currentSteps;
	}

	/**
	 * Takes a task of one's groups and regions. Runs in the engine's own transaction:
	 * claims touch no business data, and after a lost race the task is read again to tell
	 * who won.
	 * @throws ConflictException when someone else holds it (also when two claim at once)
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public TaskResult claim(PantauUser user, String taskId) {
		Task task = find(taskId);
		this.policy.requireMayClaim(user, task.getTenantId(), candidates(task, true), candidates(task, false));
		String holder = (task.getAssignee() != null) ? task.getAssignee() : claimOrFindHolder(user, taskId);
		if (holder == null) {
			throw new ConflictException("task.claimed-concurrently");
		}
		if (!holder.equals(user.username())) {
			throw new ConflictException(Map.of("assignee", holder), "task.claimed", holder);
		}
		log.info("Task {} ({}) claimed by {}", taskId, task.getTaskDefinitionKey(), user.username());
		return result(task, businessKey(task), "task.claimed.done");
	}

	/** Claims the task; after a lost race, answers whoever holds it now. */
	private String claimOrFindHolder(PantauUser user, String taskId) {
		try {
			EngineActor.as(this.identity, user.username(), () -> {
				this.tasks.claim(taskId, user.username());
				return null;
			});
			return user.username();
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException ex) {
			return find(taskId).getAssignee();
		}
	}

	/** Gives a task one holds back to the queue. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public TaskResult unclaim(PantauUser user, String taskId) {
		Task task = find(taskId);
		if (task.getAssignee() == null) {
			this.policy.requireRegion(user, task.getTenantId());
			throw new ConflictException("task.not-claimed");
		}
		this.policy.requireAssignee(user, task.getTenantId(), task.getAssignee());
		EngineActor.as(this.identity, user.username(), () -> {
			this.tasks.setAssignee(taskId, null);
			return null;
		});
		return result(task, businessKey(task), "task.unclaimed.done");
	}

	/**
	 * Completes a task one holds with the step's payload, in one transaction of its own
	 * (never nested in the caller's). When the same holder completes it several times at
	 * once (a double click, a retried request), one wins; the others fail on the engine's
	 * optimistic lock, on a record the step keeps once, or find the task gone. The task
	 * is then read again outside the failed transaction.
	 * @throws ConstraintViolationException for a payload that breaks its constraints
	 * @throws ConflictException (409) when the caller completed the task already, also by
	 * a concurrent request
	 */
	@Transactional(propagation = Propagation.NEVER)
	public TaskResult complete(PantauUser user, String taskId, JsonNode body) {
		try {
			return this.transaction.execute((status) -> completeNow(user, taskId, body));
		}
		catch (RuntimeException ex) {
			// Any failure may be the trace of a concurrent completion by the same holder:
			// the engine's optimistic lock, a unique record of the step, the task gone,
			// or
			// even a domain refusal that read what the winner had just committed (e.g. a
			// second summons "before the absence"). Once the task is his and done, the
			// answer is 409; otherwise the failure stands as it is.
			throw completedBy(user, taskId).orElseThrow(() -> ex);
		}
	}

	/**
	 * Checks a completion without doing it: the step's payload constraints and its domain
	 * rules run as they would on completion, in a transaction that is always rolled back,
	 * and the task stays open. A page uses it to show a decision as it will be issued
	 * before it is signed.
	 * @throws ConstraintViolationException for a payload that breaks its constraints
	 * @throws InvalidInputException when the payload breaks a rule of the domain
	 * @throws ConflictException when the case is not in a state that allows the step
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void check(PantauUser user, String taskId, JsonNode body) {
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			Task task = find(taskId);
			this.policy.requireAssignee(user, task.getTenantId(), task.getAssignee());
			TaskStep<?> step = this.steps.step(task.getTaskDefinitionKey()).orElse(null);
			if (step == null) {
				throw new IllegalStateException("No step handles task " + task.getTaskDefinitionKey());
			}
			validate(step, context(task, user), body);
		});
	}

	private <P> void validate(TaskStep<P> step, StepContext context, JsonNode body) {
		P payload = read(body, step.payloadType());
		Set<ConstraintViolation<P>> violations = this.validator.validate(payload);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		step.complete(context, payload);
	}

	private TaskResult completeNow(PantauUser user, String taskId, JsonNode body) {
		Task task = find(taskId);
		this.policy.requireAssignee(user, task.getTenantId(), task.getAssignee());
		TaskStep<?> step = this.steps.step(task.getTaskDefinitionKey()).orElse(null);
		if (step == null) {
			throw new IllegalStateException("No step handles task " + task.getTaskDefinitionKey());
		}
		StepContext context = context(task, user);
		Map<String, Object> variables = run(step, context, body);
		EngineActor.as(this.identity, user.username(), () -> {
			this.tasks.complete(taskId, variables);
			return null;
		});
		log.info("Task {} ({}) of case {} completed by {}", taskId, task.getTaskDefinitionKey(), context.caseNumber(),
				user.username());
		return result(task, context.caseNumber(), "task.completed.done");
	}

	/** A conflict when the task is no longer open because this user completed it. */
	private Optional<ConflictException> completedBy(PantauUser user, String taskId) {
		if (this.tasks.createTaskQuery().taskId(taskId).count() > 0) {
			return Optional.empty();
		}
		HistoricTaskInstance ended = this.history.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.finished()
			.singleResult();
		if (ended == null || !"completed".equals(ended.getDeleteReason())
				|| !user.username().equals(ended.getAssignee())) {
			return Optional.empty();
		}
		return Optional.of(new ConflictException("task.completed-already"));
	}

	private <P> Map<String, Object> run(TaskStep<P> step, StepContext context, JsonNode body) {
		P payload = read(body, step.payloadType());
		Set<ConstraintViolation<P>> violations = this.validator.validate(payload);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		// other modules' conditions on completing (e.g. letters: a required signed
		// document)
		this.completionChecks.forEach((check) -> check.beforeCompletion(context));
		Map<String, Object> variables = step.complete(context, payload);
		this.events.publishEvent(new TaskCompleted(context.taskId(), context.taskKey(), context.caseNumber(),
				context.region(), context.username(), payload, variables));
		return variables;
	}

	private <P> P read(JsonNode body, Class<P> type) {
		if (body != null && !body.isObject()) {
			throw new InvalidInputException("body", "problem.body.object");
		}
		try {
			return this.json.treeToValue((body != null) ? body : this.json.createObjectNode(), type);
		}
		catch (JsonProcessingException ex) {
			throw new UnreadablePayloadException(ex);
		}
	}

	private StepContext context(Task task, PantauUser user) {
		Object caseId = this.tasks.getVariable(task.getId(), Variables.CASE_ID);
		return new StepContext(task.getId(), task.getTaskDefinitionKey(), ((Number) caseId).longValue(),
				businessKey(task), task.getTenantId(), user.username());
	}

	private Task find(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("task.not-found", taskId);
		}
		return task;
	}

	private List<String> candidates(Task task, boolean groups) {
		return this.tasks.getIdentityLinksForTask(task.getId())
			.stream()
			.filter((l) -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.map(groups ? IdentityLink::getGroupId : IdentityLink::getUserId)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private String businessKey(Task task) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
	}

	private TaskResult result(Task task, String caseNumber, String messageKey) {
		List<CurrentStep> next = this.currentSteps.of(caseNumber);
		return new TaskResult(task.getId(), task.getTaskDefinitionKey(), caseNumber, messageKey, next);
	}

}
