package id.pantau.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for the modules that show it (the timeline, the auditor's queries).
 * The entries are as recorded; callers mask the confidential reporter
 * ({@link Confidential}) for those who may not read him.
 */
@Component
@Transactional(readOnly = true)
public class AuditTrail {

	/**
	 * Auditors' periods may span regions of several zones: their days are read in WIB,
	 * Indonesia's reference time (a WITA region's day starts an hour earlier).
	 */
	private static final ZoneId PERIOD_ZONE = ZoneId.of("Asia/Jakarta");

	/** Most entries of one case read at once. */
	static final int CASE_LIMIT = 10000;

	private final NamedParameterJdbcTemplate jdbc;

	AuditTrail(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The entries of a case, in the order they were recorded (at most 10,000). */
	public List<AuditEntry> ofCase(String caseNumber) {
		return this.jdbc.query(
				"select " + AuditLog.COLUMNS + " from audit_log where case_number = :number order by seq limit :limit",
				new MapSqlParameterSource("number", caseNumber).addValue("limit", CASE_LIMIT), AuditLog.ROWS);
	}

	/** What one user did between two dates (inclusive, WIB), in the given regions. */
	public PageView<AuditEntry> actionsOf(String username, LocalDate from, LocalDate to, Collection<String> regions,
			int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("actor", username)
			.addValue("from", BusinessTime.utc(from.atStartOfDay(PERIOD_ZONE).toInstant()))
			.addValue("to", BusinessTime.utc(to.plusDays(1).atStartOfDay(PERIOD_ZONE).toInstant()))
			.addValue("regions", regions);
		String where = " from audit_log where actor = :actor and recorded_at >= :from and recorded_at < :to"
				+ " and (region is null or region in (:regions))";
		long total = this.jdbc.queryForObject("select count(*)" + where, params, Long.class);
		params.addValue("limit", size).addValue("offset", (long) page * size);
		List<AuditEntry> rows = this.jdbc.query(
				"select " + AuditLog.COLUMNS + where + " order by seq limit :limit offset :offset", params,
				AuditLog.ROWS);
		return PageView.of(rows, page, size, total);
	}

}
