package id.pantau.audit;

import java.util.List;

import id.pantau.identity.CurrentUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The history of a case, for everyone who may read the case. */
@RestController
@Tag(name = "Cases")
class HistoryController {

	private final CaseDirectory cases;

	private final CaseHistory history;

	private final CurrentUser currentUser;

	HistoryController(CaseDirectory cases, CaseHistory history, CurrentUser currentUser) {
		this.cases = cases;
		this.history = history;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/cases/{number}/history")
	@Operation(summary = "Who did what and when on a case, oldest first")
	List<HistoryEntry> history(@PathVariable String number) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), number);
		return this.history.of(number);
	}

}
