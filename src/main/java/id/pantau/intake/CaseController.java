package id.pantau.intake;

import java.net.URI;

import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registering, reading and searching cases. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Registration and search of cases")
class CaseController {

	private final CaseRegistration registration;

	private final CaseSearch search;

	private final CaseDirectory directory;

	private final CurrentUser currentUser;

	CaseController(CaseRegistration registration, CaseSearch search, CaseDirectory directory, CurrentUser currentUser) {
		this.registration = registration;
		this.search = search;
		this.directory = directory;
		this.currentUser = currentUser;
	}

	@PostMapping
	@Operation(summary = "Register a report as a new case (intake)",
			description = "409 with existingCaseNumber when the source's reference number is registered already")
	ResponseEntity<CaseView> register(@Valid @RequestBody RegisterCaseRequest request) {
		PantauUser user = this.currentUser.get();
		CaseSummary registered = this.registration.register(request, user);
		return ResponseEntity.created(URI.create("/api/cases/" + registered.number())).body(view(registered.number()));
	}

	@GetMapping("/{caseNumber}")
	@Operation(summary = "A case with its current steps, owners and due dates")
	CaseView get(@PathVariable String caseNumber) {
		return view(caseNumber);
	}

	@GetMapping
	@Operation(summary = "Search the cases of the caller's regions")
	PageView<CaseRow> search(@RequestParam(required = false) String region,
			@RequestParam(required = false) CaseStatus status,
			@Parameter(description = "only cases now at this step (task definition key)") @RequestParam(
					required = false) String stepKey,
			@Parameter(description = "only cases with a step past its due time") @RequestParam(
					required = false) Boolean overdue,
			@Parameter(description = "the reported employee's NIP") @RequestParam(required = false) String employeeNip,
			@Parameter(description = "the source's reference number, compared as the duplicate check compares it "
					+ "(case, spaces, dashes, slashes, full-width forms)") @RequestParam(
							required = false) String referenceNumber,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(defaultValue = "registeredAt") CaseSearch.SortBy sort,
			@RequestParam(defaultValue = "DESC") Sort.Direction direction) {
		return this.search.search(this.currentUser.get(),
				new CaseSearch.Filter(region, status, stepKey, overdue, employeeNip, referenceNumber), page, size, sort,
				direction);
	}

	private CaseView view(String number) {
		return this.directory.view(this.currentUser.get(), number);
	}

}
