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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's search over all cases of his regions, open and closed; read-only. */
@Controller
class AuditPageController {

	private final CaseSearch search;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	AuditPageController(CaseSearch search, CurrentUser currentUser, AccessPolicy policy) {
		this.search = search;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) String caseNumber,
			@RequestParam(required = false) String employeeName, @RequestParam(required = false) String employeeNip,
			@RequestParam(required = false) String referenceNumber, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		PantauUser me = this.currentUser.get();
		this.policy.requireAnyRole(me, Groups.AUDITOR, Groups.ADMIN);
		CaseSearch.Filter filter = new CaseSearch.Filter(null, status, null, null, text(employeeNip),
				text(referenceNumber), text(caseNumber), text(employeeName), from, to);
		model.addAttribute("results", this.search.search(me, filter, PageView.clampPage(page), WorkController.PAGE_SIZE,
				CaseSearch.SortBy.registeredAt, Sort.Direction.DESC));
		model.addAttribute("filter", filter);
		return "web/audit";
	}

	private static String text(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
