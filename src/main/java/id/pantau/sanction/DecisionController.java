package id.pantau.sanction;

import id.pantau.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The decision record of a case. */
@RestController
@Tag(name = "Cases")
class DecisionController {

	private final DecisionRecords records;

	private final CurrentUser currentUser;

	DecisionController(DecisionRecords records, CurrentUser currentUser) {
		this.records = records;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/cases/{caseNumber}/decision")
	@Operation(
			summary = "Notice, recommendation, decision (followed or deviated from the recommendation), appeals and follow-up")
	public DecisionView get(@PathVariable String caseNumber) {
		return this.records.of(this.currentUser.get(), caseNumber);
	}

}
