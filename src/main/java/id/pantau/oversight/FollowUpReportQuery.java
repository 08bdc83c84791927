package id.pantau.oversight;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import id.pantau.shared.BusinessTime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up report regional governments send to BKN and Bawaslu: per case the
 * reference, employee, proven acts, sanction, dates and whether every deadline was met;
 * totals reported, proven and followed up, and the follow-up rate (followed up / proven).
 */
@Component
@Transactional(readOnly = true)
class FollowUpReportQuery {

	private static final String SELECT = """
			select c.case_number, c.region_code, c.source, c.reference_number, c.employee_name, c.employee_nip,
			       c.received_on, c.status, c.proven, c.acts_proven, c.final_sanction, c.decided_on, c.delivered_on,
			       c.follow_up_reported_on,
			       (select count(*) from oversight_step s where s.case_number = c.case_number
			          and s.due_at is not null and s.due_at < coalesce(s.ended_at, :now)) late_steps
			from oversight_case c
			where c.region_code in (:regions)""";

	private final NamedParameterJdbcTemplate jdbc;

	FollowUpReportQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The date of a case that the report's period is about. */
	enum DateField {

		/** The day the report (of the source) was received. */
		receivedOn("c.received_on"),
		/** The day the PPK decided the sanction. */
		decidedOn("c.decided_on"),
		/** The day the follow-up was reported to BKN and Bawaslu. */
		followUpReportedOn("c.follow_up_reported_on");

		final String column;

		DateField(String column) {
			this.column = column;
		}

	}

	/** One case of the report. */
	record Line(String caseNumber, String region, String source, String referenceNumber, String employeeName,
			String employeeNip, LocalDate receivedOn, Boolean proven, String actsProven, String finalSanction,
			LocalDate decidedOn, LocalDate deliveredOn, LocalDate followUpReportedOn, String status,
			boolean deadlinesMet) {
	}

	/**
	 * The report: its lines and totals.
	 *
	 * @param dateField the date of a case the period is about
	 * @param from the first day of the period, if it has one
	 * @param to the last day of the period, if it has one
	 */
	record Report(DateField dateField, LocalDate from, LocalDate to, List<Line> cases, long reported, long proven,
			long followedUp, double followUpRatePercent) {
	}

	/**
	 * The report over the cases of the regions whose date falls in the period (inclusive;
	 * open at an end without a day; no period: every case), oldest date first.
	 */
	Report of(Collection<String> regions, DateField dateField, LocalDate from, LocalDate to) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("regions", regions)
			.addValue("from", from)
			.addValue("to", to)
			.addValue("now", BusinessTime.utc(BusinessTime.now()))
			.addValue("limit", AuditQueries.EXPORT_LIMIT);
		String sql = SELECT + ((from != null) ? " and " + dateField.column + " >= :from" : "")
				+ ((to != null) ? " and " + dateField.column + " <= :to" : "") + " order by " + dateField.column
				+ " nulls last, c.case_number limit :limit";
		List<Line> lines = this.jdbc.query(sql, params, (rs, n) -> {
			boolean reportProven = rs.getBoolean("proven");
			boolean hasReport = !rs.wasNull();
			String acts = rs.getString("acts_proven");
			return new Line(rs.getString("case_number"), rs.getString("region_code"), rs.getString("source"),
					rs.getString("reference_number"), rs.getString("employee_name"), rs.getString("employee_nip"),
					rs.getObject("received_on", LocalDate.class), hasReport ? reportProven : null,
					hasReport ? ((acts != null) ? acts : "") : null, rs.getString("final_sanction"),
					rs.getObject("decided_on", LocalDate.class), rs.getObject("delivered_on", LocalDate.class),
					rs.getObject("follow_up_reported_on", LocalDate.class), rs.getString("status"),
					rs.getLong("late_steps") == 0);
		});
		long proven = lines.stream().filter((l) -> Boolean.TRUE.equals(l.proven())).count();
		long followedUp = lines.stream()
			.filter((l) -> Boolean.TRUE.equals(l.proven()) && l.followUpReportedOn() != null)
			.count();
		return new Report(dateField, from, to, lines, lines.size(), proven, followedUp, rate(followedUp, proven));
	}

	/**
	 * The follow-up rate: the proven cases whose follow-up was reported, of the proven
	 * cases, in percent with one decimal; 0 without a proven case. The dashboard counts
	 * it the same way.
	 */
	static double rate(long followedUp, long proven) {
		return (proven == 0) ? 0 : Math.round(1000.0 * followedUp / proven) / 10.0;
	}

}
