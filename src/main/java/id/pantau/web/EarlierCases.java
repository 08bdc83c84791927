package id.pantau.web;

import java.util.List;

import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseRow;
import id.pantau.intake.CaseSearch;
import id.pantau.intake.CaseView;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The other cases of the same employee (same NIP) within the reader's regions: a repeat
 * offence makes the recommended sanction heavier.
 */
@Component
class EarlierCases {

	private static final int LIMIT = 20;

	private final CaseSearch search;

	EarlierCases(CaseSearch search) {
		this.search = search;
	}

	List<CaseRow> of(PantauUser me, CaseView c) {
		return (c.employee() == null) ? List.of() : of(me, c.employee().nip(), c.caseNumber());
	}

	/**
	 * The cases of the employee with this NIP, except the one named (none: all), newest
	 * first; none for a blank NIP or one that is not 18 digits.
	 */
	List<CaseRow> of(PantauUser me, String nip, String exceptCaseNumber) {
		if (nip == null || !nip.strip().matches("\\d{18}")) {
			return List.of();
		}
		return this.search
			.search(me, new CaseSearch.Filter(null, null, null, null, nip.strip(), null), 0, LIMIT + 1,
					CaseSearch.SortBy.registeredAt, Sort.Direction.DESC)
			.content()
			.stream()
			.filter((row) -> !row.caseNumber().equals(exceptCaseNumber))
			.limit(LIMIT)
			.toList();
	}

}
