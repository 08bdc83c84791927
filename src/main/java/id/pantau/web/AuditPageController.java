package id.pantau.web;

import java.time.LocalDate;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseSearch;
import id.pantau.intake.CaseStatus;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.PageView;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search over all cases of one's regions, open and closed, read-only: for every
 * working role ({@code /cases}) and for the auditor ({@code /audit}), who also gets the
 * results as Excel or CSV within the page session.
 */
@Controller
class AuditPageController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CaseSearch search;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final CaseExport export;

	AuditPageController(CaseSearch search, CurrentUser currentUser, AccessPolicy policy, CaseExport export) {
		this.search = search;
		this.currentUser = currentUser;
		this.policy = policy;
		this.export = export;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) String employeeName, @RequestParam(required = false) String employeeNip,
			@RequestParam(required = false) String referenceNumber, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return page(auditor(), filter(caseNumber, employeeName, employeeNip, referenceNumber, status, from, to), page,
				"/audit", model);
	}

	/**
	 * The same search for every working role, over the cases of his regions, without the
	 * exports.
	 */
	@GetMapping("/cases")
	String cases(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String employeeName,
			@RequestParam(required = false) String employeeNip, @RequestParam(required = false) String referenceNumber,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return page(this.currentUser.get(),
				filter(caseNumber, employeeName, employeeNip, referenceNumber, status, from, to), page, "/cases",
				model);
	}

	private String page(PantauUser me, CaseSearch.Filter filter, int page, String action, Model model) {
		model.addAttribute("results", this.search.search(me, filter, PageView.clampPage(page), WorkController.PAGE_SIZE,
				CaseSearch.SortBy.registeredAt, Sort.Direction.DESC));
		model.addAttribute("filter", filter);
		model.addAttribute("searchAction", action);
		model.addAttribute("exports", "/audit".equals(action));
		return "web/audit";
	}

	/**
	 * The cases the search finds, as an Excel workbook (Indonesian headers, NIP as text).
	 */
	@GetMapping("/audit/cases.xlsx")
	ResponseEntity<byte[]> excel(@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) String employeeName, @RequestParam(required = false) String employeeNip,
			@RequestParam(required = false) String referenceNumber, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		PantauUser me = auditor();
		return attachment("perkara-pantau.xlsx", XLSX,
				this.export.xlsx(me, filter(caseNumber, employeeName, employeeNip, referenceNumber, status, from, to)));
	}

	/** The same cases and columns as CSV (UTF-8). */
	@GetMapping("/audit/cases.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) String employeeName, @RequestParam(required = false) String employeeNip,
			@RequestParam(required = false) String referenceNumber, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		PantauUser me = auditor();
		return attachment("perkara-pantau.csv", CSV,
				this.export.csv(me, filter(caseNumber, employeeName, employeeNip, referenceNumber, status, from, to)));
	}

	private PantauUser auditor() {
		PantauUser me = this.currentUser.get();
		this.policy.requireAnyRole(me, Groups.AUDITOR, Groups.ADMIN);
		return me;
	}

	private static CaseSearch.Filter filter(String caseNumber, String employeeName, String employeeNip,
			String referenceNumber, CaseStatus status, LocalDate from, LocalDate to) {
		return new CaseSearch.Filter(null, status, null, null, text(employeeNip), text(referenceNumber),
				text(caseNumber), text(employeeName), from, to);
	}

	private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
