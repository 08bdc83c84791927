package id.pantau.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pantau.audit.AuditLog;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's queries, in SQL over oversight's read model (the cases and their steps,
 * {@link OversightRecords}), so they stay fast on a large history and keep working after
 * the engine's history cleanup. Callers pass the regions the user may read.
 */
@Component
@Transactional(readOnly = true)
class AuditQueries {

	/**
	 * Auditors' periods may span regions of several zones: their days are read in WIB,
	 * Indonesia's reference time (a WITA region's day starts an hour earlier).
	 */
	private static final ZoneId PERIOD_ZONE = ZoneId.of("Asia/Jakarta");

	/** Most rows in one CSV export. */
	static final int EXPORT_LIMIT = 10000;

	private final NamedParameterJdbcTemplate jdbc;

	AuditQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	enum SortBy {

		receivedOn("c.received_on"), registeredAt("c.registered_at"), caseNumber("c.case_number");

		final String column;

		SortBy(String column) {
			this.column = column;
		}

	}

	/**
	 * What to find.
	 *
	 * @param regions the regions to search (already checked against the caller's)
	 * @param status OPEN or CLOSED
	 * @param from received on or after
	 * @param to received on or before
	 * @param stepKey the case has been at this step (task definition key)
	 * @param late at least one step of the case finished late or is late now
	 * @param deviated true: the PPK's decision deviated from the sanction table's
	 * recommendation; false: it followed it; null: either
	 */
	record CaseFilter(Collection<String> regions, String status, LocalDate from, LocalDate to, String stepKey,
			Boolean late, Boolean deviated) {
	}

	/**
	 * A case found by an auditor query.
	 *
	 * @param steps how many steps the case has had
	 * @param lateSteps how many of them ended after their due time or are open past it
	 */
	record AuditCaseRow(String caseNumber, String region, String status, String closureReason, String employeeName,
			String employeeNip, LocalDate receivedOn, Instant registeredAt, long steps, long lateSteps) {
	}

	PageView<AuditCaseRow> cases(CaseFilter filter, int page, int size, SortBy sort, boolean ascending) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		long total = this.jdbc.queryForObject("select count(*) from oversight_case c where " + where, params,
				Long.class);
		params.addValue("limit", size).addValue("offset", (long) page * size);
		List<AuditCaseRow> rows = withStepCounts(this.jdbc
			.query(select(where, sort, ascending) + " limit :limit offset :offset", params, AuditQueries::caseRow),
				":numbers", params);
		return PageView.of(rows, page, size, total);
	}

	List<AuditCaseRow> allCases(CaseFilter filter, SortBy sort, boolean ascending) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", EXPORT_LIMIT);
		String where = where(filter, params);
		List<AuditCaseRow> rows = this.jdbc.query(select(where, sort, ascending) + " limit :limit", params,
				AuditQueries::caseRow);
		return withStepCounts(rows, "select c.case_number from oversight_case c where " + where, params);
	}

	private static String select(String where, SortBy sort, boolean ascending) {
		return "select c.case_number, c.region_code, c.status, c.closure_reason, c.employee_name, c.employee_nip, "
				+ "c.received_on, c.registered_at from oversight_case c where " + where + " order by " + sort.column
				+ (ascending ? " asc" : " desc") + ", c.case_id";
	}

	/**
	 * Adds the number of steps and of late steps of the rows found.
	 * @param numbers {@code :numbers} (the page's case numbers) or a sub-select of them
	 */
	private List<AuditCaseRow> withStepCounts(List<AuditCaseRow> rows, String numbers, MapSqlParameterSource params) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<String, long[]> counts = new java.util.HashMap<>();
		if (":numbers".equals(numbers)) {
			params.addValue("numbers", rows.stream().map(AuditCaseRow::caseNumber).toList());
		}
		this.jdbc.query("select case_number, count(*) steps, sum(case when due_at is not null "
				+ "and due_at < coalesce(ended_at, :now) then 1 else 0 end) late from oversight_step "
				+ "where case_number in (" + numbers + ") group by case_number", params, (ResultSet rs) -> {
					counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		return rows.stream().map((r) -> {
			long[] c = counts.getOrDefault(r.caseNumber(), new long[2]);
			return new AuditCaseRow(r.caseNumber(), r.region(), r.status(), r.closureReason(), r.employeeName(),
					r.employeeNip(), r.receivedOn(), r.registeredAt(), c[0], c[1]);
		}).toList();
	}

	/** The conditions of a case query. */
	private static String where(CaseFilter f, MapSqlParameterSource params) {
		List<String> all = new ArrayList<>(List.of("c.region_code in (:regions)"));
		params.addValue("regions", f.regions()).addValue("now", BusinessTime.utc(BusinessTime.now()));
		if (f.status() != null) {
			all.add("c.status = :status");
			params.addValue("status", f.status());
		}
		if (f.from() != null) {
			all.add("c.received_on >= :from");
			params.addValue("from", f.from());
		}
		if (f.to() != null) {
			all.add("c.received_on <= :to");
			params.addValue("to", f.to());
		}
		if (f.stepKey() != null) {
			all.add("exists (select 1 from oversight_step s where s.case_number = c.case_number and s.step = :step)");
			params.addValue("step", f.stepKey());
		}
		if (Boolean.TRUE.equals(f.late())) {
			all.add("exists (select 1 from oversight_step s where s.case_number = c.case_number and s.due_at is not null "
					+ "and s.due_at < coalesce(s.ended_at, :now))");
		}
		if (f.deviated() != null) {
			all.add("c.recommendation_followed = :followed");
			params.addValue("followed", !f.deviated());
		}
		return String.join(" and ", all);
	}

	private static AuditCaseRow caseRow(ResultSet rs, int n) throws SQLException {
		return new AuditCaseRow(rs.getString("case_number"), rs.getString("region_code"), rs.getString("status"),
				rs.getString("closure_reason"), rs.getString("employee_name"), rs.getString("employee_nip"),
				rs.getObject("received_on", LocalDate.class), rs.getTimestamp("registered_at").toInstant(), 0, 0);
	}

	/**
	 * How long each step took against its deadline.
	 *
	 * @param stepKey task definition key
	 * @param tasks tasks of this step in the filter
	 * @param finishedTasks tasks that ended
	 * @param averageHours average time from creation to end (finished tasks)
	 * @param maxHours longest time from creation to end (finished tasks)
	 * @param averageAllowedHours average time from creation to due date
	 * @param lateTasks tasks that ended after their due date or are past it now
	 */
	record StepDuration(String stepKey, long tasks, long finishedTasks, double averageHours, double maxHours,
			double averageAllowedHours, long lateTasks) {
	}

	List<StepDuration> stepDurations(Collection<String> regions, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("regions", regions)
			.addValue("from",
					BusinessTime
						.utc((from != null ? from : LocalDate.of(2000, 1, 1)).atStartOfDay(PERIOD_ZONE).toInstant()))
			.addValue("to", BusinessTime
				.utc((to != null ? to : LocalDate.of(9999, 1, 1)).plusDays(1).atStartOfDay(PERIOD_ZONE).toInstant()));
		Map<String, Acc> byStep = new TreeMap<>();
		Instant now = BusinessTime.now();
		this.jdbc.query("select step, created_at, due_at, ended_at from oversight_step where region in (:regions) "
				+ "and created_at >= :from and created_at < :to", params, (ResultSet rs) -> {
					Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
					OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
					OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
					byStep.computeIfAbsent(rs.getString("step"), (k) -> new Acc())
						.add(created, (due != null) ? due.toInstant() : null,
								(ended != null) ? ended.toInstant() : null, now);
				});
		return byStep.entrySet().stream().map((e) -> e.getValue().result(e.getKey())).toList();
	}

	/** Sums of one step. */
	private static final class Acc {

		long tasks;

		long finished;

		long late;

		long withDue;

		double sumHours;

		double maxHours;

		double sumAllowed;

		void add(Instant created, Instant due, Instant ended, Instant now) {
			this.tasks++;
			if (ended != null) {
				double hours = Duration.between(created, ended).toMinutes() / 60.0;
				this.finished++;
				this.sumHours += hours;
				this.maxHours = Math.max(this.maxHours, hours);
			}
			if (due != null) {
				this.withDue++;
				this.sumAllowed += Duration.between(created, due).toMinutes() / 60.0;
				if (((ended != null) ? ended : now).isAfter(due)) {
					this.late++;
				}
			}
		}

		StepDuration result(String step) {
			return new StepDuration(step, this.tasks, this.finished, round(this.finished, this.sumHours),
					Math.round(this.maxHours * 10) / 10.0, round(this.withDue, this.sumAllowed), this.late);
		}

		private static double round(long count, double sum) {
			return (count == 0) ? 0 : Math.round(sum / count * 10) / 10.0;
		}

	}

}
