package id.pantau.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.pantau.oversight.Csv;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.CaseRow;
import id.pantau.intake.CaseSearch;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The audit search's cases as a spreadsheet in the page's language: region and step
 * names, not codes; dates as dates; moments as local times of the case's region; the NIP
 * as text. Excel and CSV carry the same columns. At most {@value #MAX_ROWS} rows.
 */
@Component
class CaseExport {

	static final int MAX_ROWS = 10000;

	private static final List<String> HEADERS = List.of("case-number", "region", "status", "closure", "employee", "nip",
			"received-on", "registered-at", "steps", "overdue");

	private final CaseSearch search;

	private final UiFormat ui;

	private final FormErrors messages;

	private final RegionTime regionTime;

	CaseExport(CaseSearch search, UiFormat ui, FormErrors messages, RegionTime regionTime) {
		this.search = search;
		this.ui = ui;
		this.messages = messages;
		this.regionTime = regionTime;
	}

	byte[] xlsx(PantauUser me, CaseSearch.Filter filter) {
		Xlsx sheet = new Xlsx(this.messages.text("web.export.sheet"));
		rows(me, filter).forEach(sheet::row);
		return sheet.bytes();
	}

	byte[] csv(PantauUser me, CaseSearch.Filter filter) {
		Csv csv = new Csv();
		java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		rows(me, filter).forEach((row) -> csv
			.row(row.stream().map((v) -> (v instanceof LocalDateTime at) ? at.format(minutes) : v).toList()));
		return csv.bytes();
	}

	private List<List<?>> rows(PantauUser me, CaseSearch.Filter filter) {
		List<List<?>> rows = new ArrayList<>();
		rows.add(HEADERS.stream().map((h) -> this.messages.text("web.export." + h)).toList());
		for (CaseRow c : this.search
			.search(me, filter, 0, MAX_ROWS, CaseSearch.SortBy.registeredAt, Sort.Direction.DESC)
			.content()) {
			List<Object> row = new ArrayList<>();
			row.add(c.caseNumber());
			row.add(this.ui.region(c.region()));
			row.add(this.ui.label("CaseStatus", c.status()));
			row.add((c.closureReason() != null) ? this.ui.label(c.closureReason()) : null);
			row.add(c.employeeName());
			row.add(c.employeeNip());
			row.add(c.receivedOn());
			row.add((c.registeredAt() != null)
					? LocalDateTime.ofInstant(c.registeredAt(), this.regionTime.zoneOf(c.region())) : null);
			row.add(c.currentStepKeys().stream().map(this.ui::step).collect(Collectors.joining("; ")));
			row.add(this.messages.text(c.overdue() ? "web.yes" : "web.no"));
			rows.add(row);
		}
		return rows;
	}

}
