package id.pantau.rules;

import id.pantau.intake.CaseRegistered;
import id.pantau.shared.BusinessTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pins the newest sanction table version to a case when it is registered (in the
 * registration's transaction), so a later deployment does not change a running case.
 */
@Component
class TableVersions {

	private final RepositoryService repository;

	private final CaseTableVersions pins;

	TableVersions(RepositoryService repository, CaseTableVersions pins) {
		this.repository = repository;
		this.pins = pins;
	}

	@EventListener
	void on(CaseRegistered registered) {
		pinnedFor(registered.caseId());
	}

	/** The version the case keeps; a case from before pinning gets the newest now. */
	@Transactional
	int pinnedFor(long caseId) {
		return this.pins.findById(caseId)
			.orElseGet(
					() -> this.pins.save(new CaseTableVersion(caseId, SanctionTable.KEY, latest(), BusinessTime.now())))
			.tableVersion();
	}

	int latest() {
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(SanctionTable.KEY)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			throw new IllegalStateException("No sanction table deployed");
		}
		return latest.getVersion();
	}

}
