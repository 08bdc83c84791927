package id.pantau.investigation;

import id.pantau.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The investigation record of a case. */
@RestController
@Tag(name = "Cases")
class InvestigationController {

	private final InvestigationRecords records;

	private final CurrentUser currentUser;

	InvestigationController(InvestigationRecords records, CurrentUser currentUser) {
		this.records = records;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/cases/{caseNumber}/investigation")
	@Operation(summary = "Team, summons, minutes, report revisions and the sanction table's recommendation")
	public InvestigationView get(@PathVariable String caseNumber) {
		return this.records.of(this.currentUser.get(), caseNumber);
	}

}
