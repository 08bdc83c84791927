package id.pantau.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.pantau.audit.AuditEntry;
import id.pantau.audit.AuditTrail;
import id.pantau.audit.Confidential;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseStatus;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's queries and exports, within the caller's regions: cases, one user's
 * actions, step durations against deadlines, and the follow-up report.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Auditor queries, exports and the follow-up report")
class AuditController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final AuditQueries queries;

	private final FollowUpReportQuery followUp;

	private final AuditTrail trail;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final RegionTime regionTime;

	AuditController(AuditQueries queries, FollowUpReportQuery followUp, AuditTrail trail, CurrentUser currentUser,
			AccessPolicy policy, RegionTime regionTime) {
		this.trail = trail;
		this.regionTime = regionTime;
		this.queries = queries;
		this.followUp = followUp;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases by region, status, period received, step ever reached and lateness (auditor, admin)")
	PageView<AuditQueries.AuditCaseRow> cases(@RequestParam(required = false) String region,
			@RequestParam(required = false) CaseStatus status,
			@Parameter(description = "received on or after") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "received on or before") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "the case was ever at this step (task definition key)") @RequestParam(
					required = false) String stepKey,
			@Parameter(
					description = "true: a step of the case ended after its due time or is open past it") @RequestParam(
							required = false) Boolean late,
			@Parameter(description = "true: the PPK's decision deviated from the sanction table's recommendation; "
					+ "false: it followed it") @RequestParam(required = false) Boolean deviated,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(defaultValue = "receivedOn") AuditQueries.SortBy sort,
			@RequestParam(defaultValue = "ASC") Sort.Direction direction) {
		return this.queries.cases(filter(region, status, from, to, stepKey, late, deviated), page, size, sort,
				direction.isAscending());
	}

	@GetMapping("/cases.csv")
	@Operation(summary = "The same query as CSV (UTF-8, RFC 4180), up to 10000 rows; columns named as in the JSON")
	ResponseEntity<byte[]> casesCsv(@RequestParam(required = false) String region,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String stepKey, @RequestParam(required = false) Boolean late,
			@RequestParam(required = false) Boolean deviated,
			@RequestParam(defaultValue = "receivedOn") AuditQueries.SortBy sort,
			@RequestParam(defaultValue = "ASC") Sort.Direction direction) {
		Csv csv = new Csv().row("caseNumber", "region", "status", "closureReason", "employeeName", "employeeNip",
				"receivedOn", "registeredAt", "steps", "lateSteps");
		for (AuditQueries.AuditCaseRow r : this.queries
			.allCases(filter(region, status, from, to, stepKey, late, deviated), sort, direction.isAscending())) {
			csv.row(r.caseNumber(), r.region(), r.status(), r.closureReason(), r.employeeName(), r.employeeNip(),
					r.receivedOn(), inRegion(r.registeredAt(), r.region()), r.steps(), r.lateSteps());
		}
		return csv("audit-cases.csv", csv);
	}

	@GetMapping("/actions")
	@Operation(summary = "Everything one user did between two dates, oldest first (auditor, admin)",
			description = "The confidential reporter in the details only for roles that may read him (auditor)")
	PageView<AuditEntry> actions(
			@Parameter(description = "the user name whose actions to list") @RequestParam String actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
		PantauUser caller = auditor();
		checkPeriod(from, to);
		PageView<AuditEntry> actions = this.trail.actionsOf(actor, from, to, caller.regions(), page, size);
		if (this.policy.mayReadReporter(caller)) {
			return actions;
		}
		return PageView.of(actions.content().stream().map(Confidential::withoutReporter).toList(), actions.page(),
				actions.size(), actions.totalElements());
	}

	@GetMapping("/step-durations")
	@Operation(summary = "Per step: how long it took against its deadline, and how often it was late")
	List<AuditQueries.StepDuration> stepDurations(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.queries.stepDurations(regions(auditor(), region), from, to);
	}

	@GetMapping("/follow-up-report")
	@Operation(summary = "The follow-up report for BKN and Bawaslu over the cases whose received, decision or "
			+ "follow-up date falls in a period (hr, auditor, admin)")
	FollowUpReportQuery.Report followUpReport(@RequestParam(required = false) String region,
			@Parameter(description = "the date of a case the period is about") @RequestParam(
					defaultValue = "receivedOn") FollowUpReportQuery.DateField dateField,
			@Parameter(description = "first day of the period (none: open)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day of the period (none: open)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return report(region, dateField, from, to);
	}

	@GetMapping("/follow-up-report.csv")
	@Operation(summary = "The follow-up report as CSV, columns named as in the JSON, totals in the last lines")
	ResponseEntity<byte[]> followUpReportCsv(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "receivedOn") FollowUpReportQuery.DateField dateField,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		FollowUpReportQuery.Report report = report(region, dateField, from, to);
		Csv csv = new Csv().row("caseNumber", "region", "source", "referenceNumber", "employeeName", "employeeNip",
				"receivedOn", "proven", "actsProven", "finalSanction", "decidedOn", "deliveredOn", "followUpReportedOn",
				"status", "deadlinesMet");
		for (FollowUpReportQuery.Line l : report.cases()) {
			csv.row(l.caseNumber(), l.region(), l.source(), l.referenceNumber(), l.employeeName(), l.employeeNip(),
					l.receivedOn(), l.proven(), l.actsProven(), l.finalSanction(), l.decidedOn(), l.deliveredOn(),
					l.followUpReportedOn(), l.status(), l.deadlinesMet());
		}
		csv.row("reported", report.reported())
			.row("proven", report.proven())
			.row("followedUp", report.followedUp())
			.row("followUpRatePercent", report.followUpRatePercent());
		return csv("follow-up-report.csv", csv);
	}

	/**
	 * A moment as the region reads it, with its offset: {@code 2024-05-06T09:30+08:00}.
	 */
	private String inRegion(Instant at, String region) {
		return (at != null) ? at.atZone(this.regionTime.zoneOf(region)).toOffsetDateTime().toString() : null;
	}

	private FollowUpReportQuery.Report report(String region, FollowUpReportQuery.DateField dateField, LocalDate from,
			LocalDate to) {
		PantauUser caller = this.currentUser.get();
		this.policy.requireAnyRole(caller, Groups.HR, Groups.AUDITOR, Groups.ADMIN);
		if (from != null && to != null) {
			checkPeriod(from, to);
		}
		return this.followUp.of(regions(caller, region), dateField, from, to);
	}

	private AuditQueries.CaseFilter filter(String region, CaseStatus status, LocalDate from, LocalDate to,
			String stepKey, Boolean late, Boolean deviated) {
		PantauUser caller = auditor();
		if (from != null && to != null) {
			checkPeriod(from, to);
		}
		return new AuditQueries.CaseFilter(regions(caller, region), (status != null) ? status.name() : null, from, to,
				stepKey, late, deviated);
	}

	private PantauUser auditor() {
		PantauUser caller = this.currentUser.get();
		this.policy.requireAnyRole(caller, Groups.AUDITOR, Groups.ADMIN);
		return caller;
	}

	private Set<String> regions(PantauUser caller, String region) {
		if (region == null) {
			return caller.regions();
		}
		this.policy.requireRegion(caller, region);
		return Set.of(region);
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "audit.period.reversed");
		}
	}

	private static ResponseEntity<byte[]> csv(String name, Csv csv) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.bytes());
	}

}
