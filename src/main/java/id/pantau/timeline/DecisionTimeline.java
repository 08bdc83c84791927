package id.pantau.timeline;

import id.pantau.audit.AuditActors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

import org.springframework.stereotype.Component;

/**
 * Every decision table evaluated on a case (any DMN, from a business rule task or for a
 * step, such as the sanction table for the report), with who evaluated it, its inputs,
 * outputs and the version of the table that decided.
 */
@Component
class DecisionTimeline implements TimelineSource {

	private static final int LIMIT = 1000;

	private final HistoryService history;

	private final CaseInstances instances;

	private final RepositoryService repository;

	private final StepNames names;

	private final ObjectMapper json;

	private final AuditActors actors;

	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	DecisionTimeline(HistoryService history, CaseInstances instances, RepositoryService repository, StepNames names,
			ObjectMapper json, AuditActors actors) {
		this.actors = actors;
		this.history = history;
		this.instances = instances;
		this.repository = repository;
		this.names = names;
		this.json = json;
	}

	@Override
	public List<HistoryEntry> entriesOf(String caseNumber, String region) {
		List<HistoryEntry> entries = new ArrayList<>();
		for (HistoricProcessInstance instance : this.instances.of(caseNumber)) {
			for (HistoricDecisionInstance d : this.history.createHistoricDecisionInstanceQuery()
				.processInstanceId(instance.getId())
				.includeInputs()
				.includeOutputs()
				.listPage(0, LIMIT)) {
				String roles = (d.getUserId() != null) ? this.actors.named(d.getUserId()).roles() : null;
				entries.add(new HistoryEntry(d.getEvaluationTime().toInstant(), "DECISION_EVALUATED", d.getActivityId(),
						this.names.of(d.getActivityId(), d.getActivityId()), d.getUserId(), roles, region, detail(d),
						null, "decision"));
			}
		}
		return entries;
	}

	/** The decision, its version, inputs by name and output rows, as JSON. */
	String detail(HistoricDecisionInstance d) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("decision", d.getDecisionDefinitionKey());
		detail.put("name", d.getDecisionDefinitionName());
		detail.put("version", this.versions.computeIfAbsent(d.getDecisionDefinitionId(),
				(id) -> this.repository.getDecisionDefinition(id).getVersion()));
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (HistoricDecisionInputInstance in : d.getInputs()) {
			inputs.put((in.getClauseName() != null) ? in.getClauseName() : in.getClauseId(), in.getValue());
		}
		detail.put("inputs", inputs);
		Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
		for (HistoricDecisionOutputInstance out : d.getOutputs()) {
			rows.computeIfAbsent(out.getRuleOrder(), (k) -> new LinkedHashMap<>())
				.put((out.getVariableName() != null) ? out.getVariableName() : out.getClauseId(), out.getValue());
		}
		detail.put("outputs", new ArrayList<>(rows.values()));
		if (d.getCollectResultValue() != null) {
			detail.put("collectResult", d.getCollectResultValue());
		}
		try {
			return this.json.writeValueAsString(detail);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Decision detail not serializable", ex);
		}
	}

}
