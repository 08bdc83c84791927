package id.pantau.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.PageView;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Finds cases in the caller's regions by region, status, current step, overdue steps, the
 * reported employee and the source's reference number.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

	private final Cases cases;

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	CaseSearch(Cases cases, JdbcClient jdbc, AccessPolicy policy) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/** Sort keys of a case search. */
	public enum SortBy {

		registeredAt, receivedOn, caseNumber

	}

	/**
	 * Filters of a case search; null means any.
	 *
	 * @param region one of the caller's regions
	 * @param status open or closed
	 * @param stepKey a current step (task definition key)
	 * @param overdue only cases with an overdue step
	 * @param employeeNip the reported employee's NIP
	 * @param referenceNumber the source's reference number, in any spelling the duplicate
	 * check takes for the same (the normal form of {@code docs/domain-rules.md})
	 * @param caseNumber part of the case number
	 * @param employeeName part of the reported employee's name
	 * @param receivedFrom received on or after
	 * @param receivedTo received on or before
	 */
	public record Filter(String region, CaseStatus status, String stepKey, Boolean overdue, String employeeNip,
			String referenceNumber, String caseNumber, String employeeName, LocalDate receivedFrom,
			LocalDate receivedTo) {

		public Filter(String region, CaseStatus status, String stepKey, Boolean overdue, String employeeNip,
				String referenceNumber) {
			this(region, status, stepKey, overdue, employeeNip, referenceNumber, null, null, null, null);
		}

	}

	/**
	 * One page of the cases of the caller's regions that match the filter.
	 * @throws id.pantau.shared.AccessRefusedException for a region not the caller's
	 * @throws InvalidInputException (field {@code referenceNumber}) for a reference
	 * longer than any registration keeps
	 */
	public PageView<CaseRow> search(PantauUser user, Filter filter, int page, int size, SortBy sortBy,
			Sort.Direction direction) {
		Set<String> regions = regionsOf(user, filter.region());
		String referenceKey = referenceKey(filter.referenceNumber());
		Specification<NeutralityCase> spec = (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(root.get("regionCode").in(regions));
			if (filter.status() != null) {
				all.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.employeeNip() != null) {
				all.add(cb.equal(root.get("employee").get("nip"), filter.employeeNip()));
			}
			if (referenceKey != null) {
				all.add(cb.equal(root.get("referenceKey"), referenceKey));
			}
			all.addAll(textAndDates(root, cb, filter));
			if (filter.stepKey() != null || Boolean.TRUE.equals(filter.overdue())) {
				all.add(withOpenSteps(root, query, cb, filter));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
		if ((long) page * size > Integer.MAX_VALUE) {
			return PageView.of(List.of(), page, size, this.cases.count(spec));
		}
		Page<NeutralityCase> found = this.cases.findAll(spec,
				PageRequest.of(page, size, Sort.by(direction, sortBy.name())));
		Map<String, List<OpenStep>> open = openSteps(found.map(NeutralityCase::caseNumber).toList());
		Instant now = BusinessTime.now();
		List<CaseRow> rows = found.map((c) -> row(c, open.getOrDefault(c.caseNumber(), List.of()), now)).toList();
		return PageView.of(rows, page, size, found.getTotalElements());
	}

	private static List<Predicate> textAndDates(Root<NeutralityCase> root, CriteriaBuilder cb, Filter filter) {
		List<Predicate> all = new ArrayList<>();
		if (StringUtils.hasText(filter.caseNumber())) {
			all.add(cb.like(cb.upper(root.get("caseNumber")), contains(filter.caseNumber()), '\\'));
		}
		if (StringUtils.hasText(filter.employeeName())) {
			all.add(cb.like(cb.upper(root.get("employee").get("name")), contains(filter.employeeName()), '\\'));
		}
		if (filter.receivedFrom() != null) {
			all.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), filter.receivedFrom()));
		}
		if (filter.receivedTo() != null) {
			all.add(cb.lessThanOrEqualTo(root.get("receivedOn"), filter.receivedTo()));
		}
		return all;
	}

	private static String contains(String text) {
		String escaped = text.strip()
			.toUpperCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** The normal form the duplicate check compares, or null for no reference. */
	private static String referenceKey(String referenceNumber) {
		if (referenceNumber == null) {
			return null;
		}
		String key = NeutralityCase.referenceKey(referenceNumber);
		if (key.length() > NeutralityCase.REFERENCE_KEY_LENGTH) {
			throw new InvalidInputException("referenceNumber", "case.reference.too-long",
					NeutralityCase.REFERENCE_KEY_LENGTH);
		}
		return key;
	}

	private Set<String> regionsOf(PantauUser user, String region) {
		if (region == null) {
			return user.regions();
		}
		this.policy.requireRegion(user, region);
		return Set.of(region);
	}

	/** Cases with an open step matching the filter's step and overdue filters. */
	private static Predicate withOpenSteps(Root<NeutralityCase> root, CriteriaQuery<?> query, CriteriaBuilder cb,
			Filter filter) {
		Subquery<String> open = query.subquery(String.class);
		Root<CaseStep> step = open.from(CaseStep.class);
		List<Predicate> all = new ArrayList<>();
		all.add(cb.equal(step.get("caseNumber"), root.get("caseNumber")));
		all.add(cb.isNull(step.get("endedAt")));
		if (filter.stepKey() != null) {
			all.add(cb.equal(step.get("step"), filter.stepKey()));
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			all.add(cb.lessThan(step.<Instant>get("dueAt"), BusinessTime.now()));
		}
		return cb.exists(open.select(step.get("caseNumber")).where(all.toArray(Predicate[]::new)));
	}

	/** The open steps of these cases, oldest first, by case number; one query. */
	private Map<String, List<OpenStep>> openSteps(Collection<String> caseNumbers) {
		Map<String, List<OpenStep>> byCase = new HashMap<>();
		if (caseNumbers.isEmpty()) {
			return byCase;
		}
		this.jdbc.sql("""
				select case_number, step, due_at from audit_step
				where ended_at is null and case_number in (:numbers) order by created_at, task_id""")
			.param("numbers", caseNumbers)
			.query((rs, n) -> new OpenStep(rs.getString(1), rs.getString(2),
					Optional.ofNullable(rs.getObject(3, OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.list()
			.forEach((step) -> byCase.computeIfAbsent(step.caseNumber(), (k) -> new ArrayList<>()).add(step));
		return byCase;
	}

	private static CaseRow row(NeutralityCase c, List<OpenStep> open, Instant now) {
		boolean overdue = open.stream().anyMatch((s) -> s.dueAt() != null && s.dueAt().isBefore(now));
		return new CaseRow(c.caseNumber(), c.regionCode(), c.status().name(), c.closureReason(), c.employee().name(),
				c.employee().nip(), c.receivedOn(), c.registeredAt(), open.stream().map(OpenStep::stepKey).toList(),
				overdue);
	}

	private record OpenStep(String caseNumber, String stepKey, Instant dueAt) {
	}

}
