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
		if (c.employee() == null || c.employee().nip() == null) {
			return List.of();
		}
		return this.search
			.search(me, new CaseSearch.Filter(null, null, null, null, c.employee().nip(), null), 0, LIMIT + 1,
					CaseSearch.SortBy.registeredAt, Sort.Direction.DESC)
			.content()
			.stream()
			.filter((row) -> !row.caseNumber().equals(c.caseNumber()))
			.limit(LIMIT)
			.toList();
	}

}
