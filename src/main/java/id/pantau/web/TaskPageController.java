package id.pantau.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.intake.CurrentStep;
import id.pantau.investigation.InvestigationRecords;
import id.pantau.investigation.Investigations;
import id.pantau.rules.AggravatingFactors;
import id.pantau.rules.Recommendation;
import id.pantau.rules.SanctionRecommendations;
import id.pantau.shared.InvalidInputException;
import id.pantau.sanction.DecisionRecords;
import id.pantau.sanction.DecisionView;
import id.pantau.shared.ConflictException;
import id.pantau.shared.Sanction;
import id.pantau.shared.StepDefinition;
import id.pantau.shared.Violation;
import id.pantau.tasks.Steps;
import id.pantau.tasks.TaskCommands;
import id.pantau.tasks.TaskList;
import id.pantau.tasks.TaskResult;
import id.pantau.tasks.TaskRow;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task: the case beside the form of its step; claim, unclaim and complete through the
 * same commands as the API. The step's own template ({@code templates/steps/<key>.html})
 * draws its form and what the page shows beside the case for it; a step declared to be
 * reviewed before completion (the PPK's decision) asks for a final confirmation. A
 * completed step leads back to the start page, what needs one next, with the
 * confirmation.
 */
@Controller
class TaskPageController {

	private final TaskList tasks;

	private final TaskCommands commands;

	private final CurrentUser currentUser;

	private final CaseDirectory cases;

	private final InvestigationRecords investigation;

	private final Investigations investigations;

	private final DecisionRecords decisions;

	private final FormErrors errors;

	private final ObjectMapper json;

	private final Steps steps;

	private final SanctionRecommendations recommendations;

	TaskPageController(TaskList tasks, TaskCommands commands, CurrentUser currentUser, CaseDirectory cases,
			InvestigationRecords investigation, Investigations investigations, DecisionRecords decisions,
			FormErrors errors, ObjectMapper json, Steps steps, SanctionRecommendations recommendations) {
		this.tasks = tasks;
		this.recommendations = recommendations;
		this.steps = steps;
		this.commands = commands;
		this.currentUser = currentUser;
		this.cases = cases;
		this.investigation = investigation;
		this.investigations = investigations;
		this.decisions = decisions;
		this.errors = errors;
		this.json = json;
	}

	@GetMapping("/tasks/{taskId}")
	String show(@PathVariable String taskId, Model model) {
		fill(model.asMap(), taskId, new LinkedMultiValueMap<>(), Map.of());
		return "web/task";
	}

	/**
	 * The sanction table's recommendation for the acts ticked so far on the report form
	 * (htmx, as the inspector writes): the level and the sanctions to choose from, why
	 * (acts, the election stage, the employment type, the aggravating factors), the legal
	 * basis, and whether the sanction chosen departs from it. Nothing is recorded.
	 */
	@GetMapping("/tasks/{taskId}/recommendation")
	String recommendation(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> form, Model model) {
		PantauUser me = this.currentUser.get();
		TaskRow task = this.tasks.find(me, taskId);
		CaseSummary summary = this.cases.readableBy(me, task.caseNumber());
		EnumSet<Violation> acts = EnumSet.noneOf(Violation.class);
		for (String act : form.getOrDefault("actsProven[]", List.of())) {
			try {
				acts.add(Violation.valueOf(act));
			}
			catch (IllegalArgumentException ex) {
				// not an act of the catalogue: not evaluated
			}
		}
		AggravatingFactors factors = new AggravatingFactors(checked(form, "aggravation.repeatOffence"),
				checked(form, "aggravation.seniorPosition"), checked(form, "aggravation.integrityPactSigned"));
		Sanction chosen = null;
		try {
			String value = form.getFirst("recommendedSanction");
			chosen = (value != null && !value.isBlank()) ? Sanction.valueOf(value) : null;
		}
		catch (IllegalArgumentException ex) {
			// no sanction of the catalogue: nothing to compare
		}
		Recommendation recommendation = null;
		if (!acts.isEmpty()) {
			try {
				recommendation = this.recommendations.preview(summary.id(), acts, factors);
			}
			catch (InvalidInputException ex) {
				recommendation = null;
			}
		}
		model.addAttribute("caseView", this.cases.view(me, task.caseNumber()));
		model.addAttribute("live", recommendation);
		model.addAttribute("acts", acts);
		model.addAttribute("factors", factors);
		model.addAttribute("chosen", chosen);
		model.addAttribute("deviates", recommendation != null && chosen != null && !recommendation.followedBy(chosen));
		return "web/parts :: live-recommendation";
	}

	private static boolean checked(MultiValueMap<String, String> form, String name) {
		return "true".equals(form.getFirst(name));
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, RedirectAttributes flash) {
		try {
			confirm(flash, this.commands.claim(this.currentUser.get(), taskId));
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("flashError", this.errors.text(ex));
		}
		return "redirect:/tasks/" + taskId;
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, RedirectAttributes flash) {
		confirm(flash, this.commands.unclaim(this.currentUser.get(), taskId));
		return "redirect:/work";
	}

	/**
	 * Completes the step. The PPK's decision is first checked whole on the server (a dry
	 * run of the step: its constraints and rules, nothing kept), then shown as it will be
	 * issued; only "sign" completes it. A refusal shows the form again with every
	 * message: beside its field, and all of them in the summary at the top.
	 */
	@PostMapping("/tasks/{taskId}/complete")
	ModelAndView complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes flash) {
		PantauUser me = this.currentUser.get();
		TaskRow task = this.tasks.find(me, taskId);
		try {
			if (definition(task).review() && !form.containsKey("_confirmed")) {
				this.commands.check(me, taskId, FormPayload.of(form, this.json));
				ModelAndView confirmation = new ModelAndView("web/confirm-decision");
				fill(confirmation.getModelMap(), taskId, form, Map.of());
				confirmation.addObject("issued", issued(confirmation.getModelMap(), form));
				return confirmation;
			}
			TaskResult result = this.commands.complete(me, taskId, FormPayload.of(form, this.json));
			confirm(flash, result);
			flash.addFlashAttribute("flashCase", result.caseNumber());
			return new ModelAndView("redirect:/");
		}
		catch (RuntimeException ex) {
			Map<String, String> fields = refusal(me, taskId, ex);
			ModelAndView page = new ModelAndView("web/task");
			fill(page.getModelMap(), taskId, form, fields);
			page.setStatus((ex instanceof ConflictException) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	/**
	 * The messages of a refused form by field; a conflict while the task is still open
	 * concerns the form as a whole. Anything else is no refusal of the form.
	 */
	private Map<String, String> refusal(PantauUser me, String taskId, RuntimeException ex) {
		Map<String, String> fields = this.errors.of(ex);
		if (fields == null && ex instanceof ConflictException conflict && stillOpen(me, taskId)) {
			fields = Map.of(FormPayload.FORM, this.errors.text(conflict));
		}
		if (fields == null) {
			throw ex;
		}
		return fields;
	}

	private boolean stillOpen(PantauUser me, String taskId) {
		try {
			this.tasks.find(me, taskId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * The decision as it will be issued: the sanction it imposes (the draft's when
	 * approved, none when rejected), its date, and whether it departs from the sanction
	 * table's recommendation.
	 */
	private IssuedDecision issued(Map<String, Object> model, MultiValueMap<String, String> form) {
		DecisionView decision = (DecisionView) model.get("decision");
		String outcome = form.getFirst("outcome");
		Sanction sanction = switch (String.valueOf(outcome)) {
			case "APPROVE" -> (decision.decision() != null) ? decision.decision().proposedSanction() : null;
			case "CHANGE" -> Sanction.valueOf(form.getFirst("sanction"));
			default -> null;
		};
		Recommendation table = decision.recommendation();
		boolean deviates = table != null && !table.followedBy(sanction);
		return new IssuedDecision(outcome, sanction, LocalDate.parse(form.getFirst("decidedOn")), deviates, table);
	}

	/**
	 * The decision the PPK is about to sign.
	 *
	 * @param outcome approve, change or reject
	 * @param sanction the sanction imposed (null: none)
	 * @param decidedOn the date of the decree
	 * @param deviates whether it departs from the sanction table's recommendation
	 * @param recommendation the sanction table's recommendation, if any
	 */
	record IssuedDecision(String outcome, Sanction sanction, LocalDate decidedOn, boolean deviates,
			Recommendation recommendation) {
	}

	private void fill(Map<String, Object> model, String taskId, MultiValueMap<String, String> form,
			Map<String, String> fieldErrors) {
		PantauUser me = this.currentUser.get();
		TaskRow task = this.tasks.find(me, taskId);
		CaseSummary summary = this.cases.readableBy(me, task.caseNumber());
		var view = this.cases.view(me, task.caseNumber());
		CurrentStep step = view.currentSteps()
			.stream()
			.filter((s) -> s.taskId().equals(taskId))
			.findFirst()
			.orElse(null);
		model.put("task", task);
		model.put("caseView", view);
		model.put("mine", me.username().equals(task.assignee()));
		model.put("mayClaim",
				task.assignee() == null && step != null && step.candidateRoles().stream().anyMatch(me::hasRole));
		model.put("investigation", this.investigation.of(me, task.caseNumber()));
		model.put("decision", this.decisions.of(me, task.caseNumber()));
		model.put("approvedReport", this.investigations.approvedReport(summary.id()).orElse(null));
		model.put("basis", this.recommendations.latestBasis(summary.id()).orElse(null));
		model.put("form", form);
		model.put("errors", fieldErrors);
		StepDefinition<?> definition = definition(task);
		model.put("definition", definition);
		model.put("payloadType", definition.payloadType());
	}

	private StepDefinition<?> definition(TaskRow task) {
		return this.steps.definition(task.stepKey())
			.orElseThrow(() -> new IllegalStateException("No step handles task " + task.stepKey()));
	}

	private void confirm(RedirectAttributes flash, TaskResult result) {
		String step = this.errors.text("step." + result.stepKey());
		flash.addFlashAttribute("flash", this.errors.text(result.messageKey(), step, result.caseNumber()));
	}

}
