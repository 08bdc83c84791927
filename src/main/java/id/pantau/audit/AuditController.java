package id.pantau.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseStatus;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final RegionTime regionTime;

	AuditController(AuditQueries queries, FollowUpReportQuery followUp, CurrentUser currentUser, AccessPolicy policy,
			RegionTime regionTime) {
		this.regionTime = regionTime;
		this.queries = queries;
		this.followUp = followUp;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases by region, status, period received, step and overdue-ever (auditor, admin)")
	PageView<AuditQueries.AuditCaseRow> cases(@RequestParam(required = false) String region,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String step, @RequestParam(required = false) Boolean overdueEver,
			@RequestParam(required = false) Boolean deviated,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(defaultValue = "receivedOn") AuditQueries.SortBy sort,
			@RequestParam(defaultValue = "true") boolean ascending) {
		return this.queries.cases(filter(region, status, from, to, step, overdueEver, deviated), page, size, sort,
				ascending);
	}

	@GetMapping("/cases.csv")
	@Operation(summary = "The same query as CSV (UTF-8, RFC 4180), up to 10000 rows")
	ResponseEntity<byte[]> casesCsv(@RequestParam(required = false) String region,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String step, @RequestParam(required = false) Boolean overdueEver,
			@RequestParam(required = false) Boolean deviated,
			@RequestParam(defaultValue = "receivedOn") AuditQueries.SortBy sort,
			@RequestParam(defaultValue = "true") boolean ascending) {
		Csv csv = new Csv().row("caseNumber", "region", "status", "closureReason", "employeeName", "employeeNip",
				"receivedOn", "registeredAt", "steps", "overdueSteps");
		for (AuditQueries.AuditCaseRow r : this.queries
			.allCases(filter(region, status, from, to, step, overdueEver, deviated), sort, ascending)) {
			csv.row(r.caseNumber(), r.region(), r.status(), r.closureReason(), r.employeeName(), r.employeeNip(),
					r.receivedOn(), inRegion(r.registeredAt(), r.region()), r.steps(), r.overdueSteps());
		}
		return csv("audit-cases.csv", csv);
	}

	@GetMapping("/actions")
	@Operation(summary = "Everything one user did between two dates, oldest first (auditor, admin)",
			description = "The confidential reporter in the details only for roles that may read him (auditor)")
	PageView<AuditEntry> actions(@RequestParam String user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
		PantauUser caller = auditor();
		checkPeriod(from, to);
		PageView<AuditEntry> actions = this.queries.actionsOf(user, from, to, caller.regions(), page, size);
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
	@Operation(
			summary = "The follow-up report for BKN and Bawaslu over cases received in a period (hr, auditor, admin)")
	FollowUpReportQuery.Report followUpReport(@RequestParam(required = false) String region,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return report(region, from, to);
	}

	@GetMapping("/follow-up-report.csv")
	@Operation(summary = "The follow-up report as CSV, totals in the last lines")
	ResponseEntity<byte[]> followUpReportCsv(@RequestParam(required = false) String region,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		FollowUpReportQuery.Report report = report(region, from, to);
		Csv csv = new Csv().row("caseNumber", "region", "source", "referenceNumber", "employeeName", "employeeNip",
				"receivedOn", "proven", "actsProven", "sanction", "decidedOn", "deliveredOn", "followUpReportedOn",
				"status", "deadlinesMet");
		for (FollowUpReportQuery.Line l : report.cases()) {
			csv.row(l.caseNumber(), l.region(), l.source(), l.referenceNumber(), l.employeeName(), l.employeeNip(),
					l.receivedOn(), l.proven(), l.actsProven(), l.sanction(), l.decidedOn(), l.deliveredOn(),
					l.followUpReportedOn(), l.status(), l.deadlinesMet());
		}
		csv.row("reported", report.reported())
			.row("proven", report.proven())
			.row("followedUp", report.followedUp())
			.row("followUpRatePercent", report.followUpRate());
		return csv("follow-up-report.csv", csv);
	}

	/**
	 * A moment as the region reads it, with its offset: {@code 2024-05-06T09:30+08:00}.
	 */
	private String inRegion(Instant at, String region) {
		return (at != null) ? at.atZone(this.regionTime.zoneOf(region)).toOffsetDateTime().toString() : null;
	}

	private FollowUpReportQuery.Report report(String region, LocalDate from, LocalDate to) {
		PantauUser caller = this.currentUser.get();
		this.policy.requireAnyRole(caller, Groups.HR, Groups.AUDITOR, Groups.ADMIN);
		checkPeriod(from, to);
		return this.followUp.of(regions(caller, region), from, to);
	}

	private AuditQueries.CaseFilter filter(String region, CaseStatus status, LocalDate from, LocalDate to, String step,
			Boolean overdueEver, Boolean deviated) {
		PantauUser caller = auditor();
		if (from != null && to != null) {
			checkPeriod(from, to);
		}
		return new AuditQueries.CaseFilter(regions(caller, region), (status != null) ? status.name() : null, from, to,
				step, overdueEver, deviated);
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
