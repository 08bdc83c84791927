package id.pantau.bulkintake;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pantau.intake.CaseSource;
import id.pantau.intake.ElectionStage;
import id.pantau.intake.ElectionType;
import id.pantau.intake.PositionType;
import id.pantau.intake.RegisterCaseRequest;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.Sanction;
import id.pantau.shared.Sheet;
import id.pantau.shared.Upload;
import id.pantau.shared.Violation;

/**
 * One row of a list read as a registration. A cell that names no choice, day or number is
 * refused here, naming its column; an empty cell is left empty for the registration's own
 * checks.
 */
record ListRow(List<String> cells, Map<Column, Integer> columns, ListChoices choices) {

	RegisterCaseRequest toRequest(String region) {
		RegisterCaseRequest.Employee employee = new RegisterCaseRequest.Employee(text(Column.NIP).replace(" ", ""),
				text(Column.NAME), choice(Column.EMPLOYMENT_TYPE, EmploymentType.class), text(Column.POSITION),
				choice(Column.POSITION_TYPE, PositionType.class), text(Column.UNIT));
		RegisterCaseRequest.Election election = new RegisterCaseRequest.Election(
				choice(Column.ELECTION_TYPE, ElectionType.class), year(), choice(Column.STAGE, ElectionStage.class));
		return new RegisterCaseRequest(region, choice(Column.SOURCE, CaseSource.class), text(Column.REFERENCE_NUMBER),
				date(Column.REFERENCE_DATE), date(Column.RECEIVED_ON), employee, election, acts(),
				text(Column.DESCRIPTION), choice(Column.SOURCE_RECOMMENDATION, Sanction.class), null);
	}

	String text(Column column) {
		Integer at = this.columns.get(column);
		return (at != null) ? Sheet.cell(this.cells, at) : "";
	}

	private <E extends Enum<E>> E choice(Column column, Class<E> type) {
		String text = text(column);
		if (text.isEmpty()) {
			return null;
		}
		E value = this.choices.of(type, text);
		if (value == null) {
			throw refused(column, "bulk.row.choice", Upload.truncate(text, 80));
		}
		return value;
	}

	private LocalDate date(Column column) {
		String text = text(column);
		if (text.isEmpty()) {
			return null;
		}
		LocalDate day = Upload.date(text);
		if (day == null) {
			throw refused(column, "bulk.row.date", Upload.truncate(text, 40));
		}
		return day;
	}

	private Integer year() {
		String text = text(Column.YEAR);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw refused(Column.YEAR, "bulk.row.year", Upload.truncate(text, 40));
		}
	}

	/** The codes or labels of the alleged acts, separated by commas or semicolons. */
	private Set<Violation> acts() {
		Set<Violation> acts = new LinkedHashSet<>();
		for (String part : text(Column.ALLEGED_ACTS).split("[,;]")) {
			if (part.isBlank()) {
				continue;
			}
			Violation act = this.choices.of(Violation.class, part);
			if (act == null) {
				throw refused(Column.ALLEGED_ACTS, "bulk.row.unknown-act", Upload.truncate(part.strip(), 80));
			}
			acts.add(act);
		}
		return acts;
	}

	private static InvalidInputException refused(Column column, String key, String value) {
		return new InvalidInputException(column.field(), key, value);
	}

}
