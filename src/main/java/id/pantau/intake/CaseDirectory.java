package id.pantau.intake;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cases for the other modules. */
@Component
@Transactional(readOnly = true)
public class CaseDirectory {

	private final Cases cases;

	CaseDirectory(Cases cases) {
		this.cases = cases;
	}

	/** How many cases are registered. */
	public long count() {
		return this.cases.count();
	}

	public Optional<CaseSummary> find(long caseId) {
		return this.cases.findById(caseId).map(NeutralityCase::summary);
	}

	public Optional<CaseSummary> findByNumber(String caseNumber) {
		return this.cases.findByCaseNumber(caseNumber).map(NeutralityCase::summary);
	}

	/** The cases with these numbers, by number; unknown numbers are left out. */
	public Map<String, CaseSummary> byNumbers(Collection<String> caseNumbers) {
		if (caseNumbers.isEmpty()) {
			return Map.of();
		}
		return this.cases.findByCaseNumberIn(caseNumbers)
			.stream()
			.map(NeutralityCase::summary)
			.collect(Collectors.toMap(CaseSummary::number, Function.identity()));
	}

}
