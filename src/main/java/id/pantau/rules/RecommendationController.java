package id.pantau.rules;

import java.util.Set;

import id.pantau.identity.CurrentUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The sanction table's recommendation for a case, for everyone who may read the case. */
@RestController
@Tag(name = "Cases")
class RecommendationController {

	private final CaseDirectory cases;

	private final CurrentUser currentUser;

	private final SanctionRecommendations recommendations;

	RecommendationController(CaseDirectory cases, CurrentUser currentUser, SanctionRecommendations recommendations) {
		this.cases = cases;
		this.currentUser = currentUser;
		this.recommendations = recommendations;
	}

	@GetMapping("/api/cases/{caseNumber}/recommendation")
	@Operation(summary = "The recommendation recorded with the last report")
	public Recommendation recorded(@PathVariable String caseNumber) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), caseNumber);
		return this.recommendations.latest(found.id())
			.orElseThrow(() -> new NotFoundException("recommendation.none", caseNumber));
	}

	@PostMapping("/api/cases/{caseNumber}/recommendation/preview")
	@Operation(summary = "What the case's table version recommends for these acts (for the report step)")
	public Recommendation preview(@PathVariable String caseNumber, @Valid @RequestBody PreviewRequest request) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), caseNumber);
		return this.recommendations.preview(found.id(), request.actsProven(), request.aggravation());
	}

	/** The acts and circumstances to evaluate. */
	record PreviewRequest(@NotEmpty Set<@NotNull Violation> actsProven, AggravatingFactors aggravation) {
	}

}
