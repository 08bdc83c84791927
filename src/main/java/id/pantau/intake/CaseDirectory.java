package id.pantau.intake;

import java.util.Optional;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Regions;
import id.pantau.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cases for the other modules. */
@Component
@Transactional(readOnly = true)
public class CaseDirectory {

	private final Cases cases;

	private final AccessPolicy policy;

	private final CurrentSteps steps;

	private final Regions regions;

	private final JdbcClient jdbc;

	CaseDirectory(Cases cases, AccessPolicy policy, CurrentSteps steps, Regions regions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.cases = cases;
		this.policy = policy;
		this.steps = steps;
	}

	/**
	 * Everything registered about the case, with its open steps; the reporter only for
	 * those who may read it.
	 * @throws NotFoundException (404) for an unknown number
	 * @throws id.pantau.shared.AccessRefusedException (403) for a number of another
	 * region's series, whether or not the case exists
	 */
	public CaseView view(PantauUser user, String caseNumber) {
		requireRegionOfNumber(user, caseNumber);
		NeutralityCase found = this.cases.findByCaseNumber(caseNumber)
			.orElseThrow(() -> new NotFoundException("case.not-found", caseNumber));
		this.policy.requireRegion(user, found.regionCode());
		return CaseView.of(found, this.policy.mayReadReporter(user), this.steps.of(caseNumber));
	}

	/**
	 * The case, if the caller may read it.
	 * @throws NotFoundException (404) for an unknown number
	 * @throws id.pantau.shared.AccessRefusedException (403) for a number of another
	 * region's series, whether or not the case exists
	 */
	public CaseSummary readableBy(PantauUser user, String caseNumber) {
		requireRegionOfNumber(user, caseNumber);
		CaseSummary found = findByNumber(caseNumber)
			.orElseThrow(() -> new NotFoundException("case.not-found", caseNumber));
		this.policy.requireRegion(user, found.region());
		return found;
	}

	/**
	 * Refuses a number of another region's series before looking it up, so that the
	 * answer (403) is the same whether such a case exists or not: nobody can count
	 * another region's cases by probing numbers (docs/decisions.md).
	 * @throws id.pantau.shared.AccessRefusedException (403) for a number of a region not
	 * the caller's
	 */
	public void requireRegionOfNumber(PantauUser user, String caseNumber) {
		this.regions.ofCaseNumber(caseNumber).ifPresent((region) -> this.policy.requireRegion(user, region.code()));
	}

	/** How many cases are registered. */
	public long count() {
		return this.cases.count();
	}

	/**
	 * The case as registered, without its reporter and its open steps, for the records of
	 * other modules (oversight); the caller answers for who reads it.
	 */
	public Optional<CaseView> record(long caseId) {
		return this.cases.findById(caseId).map((c) -> CaseView.of(c, false, java.util.List.of()));
	}

	/**
	 * The number and region of a case, read without the persistence context, so that it
	 * may be called while Hibernate flushes (the audit log's data change records).
	 */
	public Optional<CaseLocation> locate(long caseId) {
		return this.jdbc.sql("select case_number, region_code from neutrality_case where id = ?")
			.param(caseId)
			.query((rs, n) -> new CaseLocation(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The region of a case by its number, read like {@link #locate(long)}. */
	public Optional<String> regionOf(String caseNumber) {
		return this.jdbc.sql("select region_code from neutrality_case where case_number = ?")
			.param(caseNumber)
			.query(String.class)
			.optional();
	}

	/** A case's number and region code. */
	public record CaseLocation(String number, String region) {
	}

	/**
	 * The cases of the same employee (NIP) in the case's region received before it (on
	 * the same day: registered before it), oldest first: where a repeat offence is looked
	 * for. The caller answers for who reads it.
	 */
	public java.util.List<CaseSummary> earlierOfSameEmployee(long caseId) {
		NeutralityCase c = this.cases.findById(caseId).orElse(null);
		if (c == null || c.employee() == null || c.employee().nip() == null || c.receivedOn() == null) {
			return java.util.List.of();
		}
		return this.cases.othersOfEmployee(c.regionCode(), c.employee().nip(), caseId)
			.stream()
			.filter((o) -> o.receivedOn().isBefore(c.receivedOn())
					|| (o.receivedOn().isEqual(c.receivedOn()) && o.id() < caseId))
			.map(NeutralityCase::summary)
			.toList();
	}

	public Optional<CaseSummary> find(long caseId) {
		return this.cases.findById(caseId).map(NeutralityCase::summary);
	}

	public Optional<CaseSummary> findByNumber(String caseNumber) {
		return this.cases.findByCaseNumber(caseNumber).map(NeutralityCase::summary);
	}

}
