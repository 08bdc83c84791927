package id.pantau.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.shared.InvalidInputException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;

import org.springframework.stereotype.Component;

/** Deploys new versions of the sanction table and lists the versions deployed. */
@Component
class TableDeployments {

	static final String RESOURCE = "sanction-recommendation.dmn";

	private static final Set<String> REQUIRED_OUTPUTS = Set.of("kind", "level", "candidateSanctions", "legalBasis");

	private final RepositoryService repository;

	private final DmnEngine parser = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	TableDeployments(RepositoryService repository) {
		this.repository = repository;
	}

	/**
	 * Checks and deploys a new table version.
	 * @return the version now newest
	 * @throws InvalidInputException (field {@code dmn}) for a table that does not parse
	 * or lacks the decision or its outputs
	 */
	TableVersion deploy(String xml, String username) {
		check(xml);
		Deployment deployment;
		try {
			deployment = this.repository.createDeployment()
				.name("sanction-table by " + username)
				.addString(RESOURCE, xml)
				.deploy();
		}
		catch (ProcessEngineException ex) {
			throw new InvalidInputException("dmn", "rules.table.unreadable", firstLine(ex.getMessage()));
		}
		DecisionDefinition definition = this.repository.createDecisionDefinitionQuery()
			.deploymentId(deployment.getId())
			.decisionDefinitionKey(SanctionTable.KEY)
			.singleResult();
		return TableVersion.of(definition, deployment);
	}

	List<TableVersion> versions() {
		return this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(SanctionTable.KEY)
			.orderByDecisionDefinitionVersion()
			.desc()
			.listPage(0, 200)
			.stream()
			.map((d) -> TableVersion.of(d,
					this.repository.createDeploymentQuery().deploymentId(d.getDeploymentId()).singleResult()))
			.sorted(Comparator.comparing(TableVersion::tableVersion).reversed())
			.toList();
	}

	private void check(String xml) {
		if (xml == null || xml.isBlank()) {
			throw new InvalidInputException("dmn", "rules.table.empty");
		}
		List<DmnDecision> decisions;
		try {
			decisions = this.parser.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("dmn", "rules.table.unreadable", firstLine(ex.getMessage()));
		}
		DmnDecision table = decisions.stream()
			.filter((d) -> SanctionTable.KEY.equals(d.getKey()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("dmn", "rules.table.decision-missing", SanctionTable.KEY));
		if (!table.isDecisionTable()) {
			throw new InvalidInputException("dmn", "rules.table.decision-missing", SanctionTable.KEY);
		}
		Set<String> outputs = ((DmnDecisionTableImpl) table.getDecisionLogic()).getOutputs()
			.stream()
			.map(DmnDecisionTableOutputImpl::getOutputName)
			.collect(Collectors.toSet());
		if (!outputs.containsAll(REQUIRED_OUTPUTS)) {
			throw new InvalidInputException("dmn", "rules.table.outputs-missing", REQUIRED_OUTPUTS);
		}
	}

	private static String firstLine(String message) {
		String text = (message != null) ? message : "";
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

	/** One deployed version of the table. */
	record TableVersion(int tableVersion, String decisionDefinitionId, String deploymentId, String deploymentName,
			Instant deployedAt) {

		static TableVersion of(DecisionDefinition definition, Deployment deployment) {
			return new TableVersion(definition.getVersion(), definition.getId(), deployment.getId(),
					deployment.getName(),
					(deployment.getDeploymentTime() != null) ? deployment.getDeploymentTime().toInstant() : null);
		}

	}

}
