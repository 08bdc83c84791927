package id.pantau.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.pantau.documents.CaseDocuments;
import id.pantau.timeline.CaseTimeline;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.shared.StepDefinition;
import id.pantau.tasks.Steps;
import id.pantau.intake.CaseDirectory;
import id.pantau.investigation.InvestigationRecords;
import id.pantau.sanction.DecisionRecords;
import id.pantau.shared.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A case: its data, investigation and decision record, the process diagrams with the
 * current steps highlighted, and the history timeline. Read-only.
 */
@Controller
class CasePageController {

	private final CaseDirectory cases;

	private final InvestigationRecords investigation;

	private final DecisionRecords decisions;

	private final CaseTimeline history;

	private final CaseDocuments documents;

	private final CurrentUser currentUser;

	private final RuntimeService runtime;

	private final HistoryService engineHistory;

	private final RepositoryService repository;

	private final ReadableHistory readable;

	private final EarlierCases earlier;

	private final FormLookups lookups;

	private final Steps steps;

	CasePageController(CaseDirectory cases, InvestigationRecords investigation, DecisionRecords decisions,
			CaseTimeline history, CaseDocuments documents, CurrentUser currentUser, RuntimeService runtime,
			HistoryService engineHistory, RepositoryService repository, ReadableHistory readable, EarlierCases earlier,
			FormLookups lookups, Steps steps) {
		this.steps = steps;
		this.lookups = lookups;
		this.readable = readable;
		this.earlier = earlier;
		this.cases = cases;
		this.investigation = investigation;
		this.decisions = decisions;
		this.history = history;
		this.documents = documents;
		this.currentUser = currentUser;
		this.runtime = runtime;
		this.engineHistory = engineHistory;
		this.repository = repository;
	}

	/**
	 * A process diagram to show.
	 *
	 * @param definitionId the process definition
	 * @param activeIds the activities a token waits in, to highlight
	 */
	record Diagram(String definitionId, String activeIds) {
	}

	@GetMapping("/cases/{number}")
	String show(@PathVariable String number, @RequestParam(name = "history", defaultValue = "main") String filter,
			Model model) {
		PantauUser me = this.currentUser.get();
		var view = this.cases.view(me, number);
		model.addAttribute("caseView", view);
		model.addAttribute("stages", Stages.of(view, (key) -> this.steps.definition(key).map(StepDefinition::stage)));
		model.addAttribute("earlierCases", this.earlier.of(me, view));
		model.addAttribute("signatures",
				(view.employee() != null) ? this.lookups.signatures(view.employee().nip()) : java.util.List.of());
		model.addAttribute("investigation", this.investigation.of(me, number));
		model.addAttribute("decision", this.decisions.of(me, number));
		String chosen = ReadableHistory.FILTERS.contains(filter) ? filter : "main";
		model.addAttribute("history", this.readable.lines(this.history.readBy(me, number), chosen));
		model.addAttribute("historyFilter", chosen);
		model.addAttribute("historyFilters", ReadableHistory.FILTERS);
		model.addAttribute("documents", this.documents.of(me, number));
		model.addAttribute("mayAddDocuments", this.documents.mayAdd(me));
		model.addAttribute("diagrams", diagrams(number));
		return "web/case";
	}

	/** The BPMN XML of a process the case runs in, for the diagram viewer. */
	@GetMapping("/cases/{number}/diagram/{definitionId}")
	ResponseEntity<String> diagram(@PathVariable String number, @PathVariable String definitionId) throws IOException {
		this.cases.readableBy(this.currentUser.get(), number);
		if (diagrams(number).stream().noneMatch((d) -> d.definitionId().equals(definitionId))) {
			throw new NotFoundException("case.not-found", number);
		}
		try (InputStream xml = this.repository.getProcessModel(definitionId)) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_XML)
				.body(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** The running main route and its running sub-routes; a closed case's main route. */
	private List<Diagram> diagrams(String number) {
		List<Diagram> diagrams = new ArrayList<>();
		ProcessInstance main = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		if (main == null) {
			this.engineHistory.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(number)
				.orderByProcessInstanceStartTime()
				.asc()
				.listPage(0, 1)
				.stream()
				.map(HistoricProcessInstance::getProcessDefinitionId)
				.forEach((id) -> diagrams.add(new Diagram(id, "")));
			return diagrams;
		}
		addWithSubRoutes(main, diagrams);
		return diagrams;
	}

	private void addWithSubRoutes(ProcessInstance instance, List<Diagram> diagrams) {
		diagrams.add(new Diagram(instance.getProcessDefinitionId(),
				String.join(",", this.runtime.getActiveActivityIds(instance.getId()))));
		for (ProcessInstance sub : this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.listPage(0, 10)) {
			addWithSubRoutes(sub, diagrams);
		}
	}

}
