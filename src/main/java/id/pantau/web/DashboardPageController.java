package id.pantau.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Regions;
import id.pantau.oversight.Dashboard;
import id.pantau.oversight.DashboardExport;
import id.pantau.shared.InvalidInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The leadership's dashboard on the page: filters (region, period received, election),
 * each figure as a chart with the same numbers in a table beside it, and the Excel export
 * of exactly what is shown. A filter the dashboard refuses is shown where the user is,
 * with the form to correct it.
 */
@Controller
class DashboardPageController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboard dashboard;

	private final CurrentUser currentUser;

	private final Regions regions;

	private final FormErrors errors;

	DashboardPageController(Dashboard dashboard, CurrentUser currentUser, Regions regions, FormErrors errors) {
		this.dashboard = dashboard;
		this.currentUser = currentUser;
		this.regions = regions;
		this.errors = errors;
	}

	@GetMapping("/dashboard")
	ModelAndView page(@RequestParam(required = false) String region, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String electionType,
			@RequestParam(required = false) String electionYear) {
		PantauUser me = this.currentUser.get();
		ModelAndView page = new ModelAndView("web/dashboard");
		page.addObject("regions", this.regions.all().stream().filter((r) -> me.inRegion(r.code())).toList());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("region", (region != null) ? region : "");
		form.put("from", (from != null) ? from : "");
		form.put("to", (to != null) ? to : "");
		form.put("electionType", (electionType != null) ? electionType : "");
		form.put("electionYear", (electionYear != null) ? electionYear : "");
		page.addObject("form", form);
		Map<String, String> refused = new LinkedHashMap<>();
		try {
			Dashboard.Figures figures = this.dashboard.of(me, query(region, from, to, electionType, electionYear));
			page.addObject("f", figures);
			page.addObject("exportQuery", exportQuery(form));
		}
		catch (InvalidInputException ex) {
			refused.put(ex.field(), this.errors.text(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
		}
		page.addObject("errors", refused);
		return page;
	}

	@GetMapping("/dashboard.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String electionType, @RequestParam(required = false) String electionYear) {
		byte[] body = DashboardExport
			.xlsx(this.dashboard.of(this.currentUser.get(), query(region, from, to, electionType, electionYear)));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dasbor-pantau.xlsx").build().toString())
			.body(body);
	}

	private static Dashboard.Query query(String region, String from, String to, String electionType,
			String electionYear) {
		return new Dashboard.Query(StringUtils.hasText(region) ? region : null, day("from", from), day("to", to),
				StringUtils.hasText(electionType) ? electionType : null, year(electionYear));
	}

	private static LocalDate day(String field, String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "web.dashboard.date.unreadable", text);
		}
	}

	private static Integer year(String text) {
		if (!StringUtils.hasText(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("electionYear", "dashboard.election-year.range", text);
		}
	}

	private static String exportQuery(Map<String, String> form) {
		org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/dashboard.xlsx");
		form.forEach((k, v) -> {
			if (StringUtils.hasText(v)) {
				uri.queryParam(k, v);
			}
		});
		return uri.encode().build().toUriString();
	}

}
