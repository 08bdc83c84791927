package id.pantau.oversight;

import java.time.LocalDate;

import id.pantau.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

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
 * The leadership's dashboard (PPK, Inspektur, administrator, auditor), within the
 * caller's regions, as JSON and as an Excel workbook of the same figures.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Dashboard", description = "Figures for the leadership")
class DashboardController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboard dashboard;

	private final CurrentUser currentUser;

	DashboardController(Dashboard dashboard, CurrentUser currentUser) {
		this.dashboard = dashboard;
		this.currentUser = currentUser;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Cases by stage, unit, violation and election, the funnel and follow-up rate, overdue steps, "
			+ "working days per step, pact signatories, pledge coverage (ppk, chief-inspector, admin, auditor)")
	Dashboard.Figures dashboard(
			@Parameter(description = "one of the caller's regions (none: all of them)") @RequestParam(
					required = false) String region,
			@Parameter(description = "received on or after") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "received on or before") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "PEMILU or PILKADA") @RequestParam(required = false) String electionType,
			@RequestParam(required = false) Integer electionYear) {
		return this.dashboard.of(this.currentUser.get(),
				new Dashboard.Query(region, from, to, electionType, electionYear));
	}

	@GetMapping("/dashboard.xlsx")
	@Operation(summary = "The same figures as an Excel workbook, one sheet per table, columns named as in the JSON")
	ResponseEntity<byte[]> dashboardXlsx(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String electionType, @RequestParam(required = false) Integer electionYear) {
		byte[] body = DashboardExport.xlsx(this.dashboard.of(this.currentUser.get(),
				new Dashboard.Query(region, from, to, electionType, electionYear)));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dashboard.xlsx").build().toString())
			.body(body);
	}

}
