package id.pantau.bulkintake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.PageView;
import id.pantau.shared.Upload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The imports and their rows as recorded ({@code bulk_intake_import},
 * {@code bulk_intake_row}).
 */
@Component
class ImportRecords {

	/** Separates the arguments of a refusal's message in one column. */
	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ImportRecords(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What the import did with one row, as recorded. */
	record RowResult(int row, String referenceNumber, String employeeNip, String employeeName, Outcome outcome,
			String caseNumber, String field, String column, String reason, List<String> args) {
	}

	long create(String region, String fileName, byte[] bytes, int rows, String username) {
		Instant now = BusinessTime.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into bulk_intake_import (region_code, file_name, file_sha256, status, rows_total, created_by,
				    created_at, updated_at) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?)""")
			.params(region, Upload.safeName(fileName), Upload.sha256(bytes), rows, username, BusinessTime.utc(now),
					BusinessTime.utc(now))
			.update(key, "id"));
		return key.getKeyAs(Number.class).longValue();
	}

	/** Records the row's answer and moves the import's progress, in one transaction. */
	void record(long importId, RowResult r) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					insert into bulk_intake_row (import_id, row_number, reference_number, employee_nip, employee_name,
					    outcome, case_number, field, column_name, reason, reason_args)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(importId, r.row(), Upload.truncate(r.referenceNumber(), 200),
						Upload.truncate(r.employeeNip(), 40), Upload.truncate(r.employeeName(), 200),
						r.outcome().name(), r.caseNumber(), r.field(), r.column(), r.reason(),
						(r.args() == null || r.args().isEmpty()) ? null
								: Upload.truncate(String.join(SEPARATOR, r.args()), 1000))
				.update();
			this.jdbc.sql("""
					update bulk_intake_import set rows_done = rows_done + 1,
					    rows_accepted = rows_accepted + ?, rows_unchanged = rows_unchanged + ?,
					    rows_refused = rows_refused + ?, updated_at = ? where id = ?""")
				.params(count(r, Outcome.ACCEPTED), count(r, Outcome.UNCHANGED), count(r, Outcome.REFUSED),
						BusinessTime.utc(BusinessTime.now()), importId)
				.update();
		});
	}

	private static int count(RowResult r, Outcome outcome) {
		return (r.outcome() == outcome) ? 1 : 0;
	}

	void finish(long importId) {
		Instant now = BusinessTime.now();
		this.jdbc.sql("update bulk_intake_import set status = 'DONE', finished_at = ?, updated_at = ? where id = ?")
			.params(BusinessTime.utc(now), BusinessTime.utc(now), importId)
			.update();
	}

	void fail(long importId, String failure) {
		Instant now = BusinessTime.now();
		this.jdbc
			.sql("update bulk_intake_import set status = 'FAILED', failure = ?, finished_at = ?, updated_at = ? "
					+ "where id = ?")
			.params(Upload.truncate(failure, 400), BusinessTime.utc(now), BusinessTime.utc(now), importId)
			.update();
	}

	Optional<BulkImports.ImportStatus> find(long importId) {
		return this.jdbc.sql("select * from bulk_intake_import where id = ?")
			.param(importId)
			.query(ImportRecords::status)
			.optional();
	}

	PageView<BulkImports.ImportStatus> list(String region, int page, int size) {
		long total = this.jdbc.sql("select count(*) from bulk_intake_import where region_code = ?")
			.param(region)
			.query(Long.class)
			.single();
		List<BulkImports.ImportStatus> rows = this.jdbc
			.sql("select * from bulk_intake_import where region_code = ? order by id desc limit ? offset ?")
			.params(region, size, (long) page * size)
			.query(ImportRecords::status)
			.list();
		return PageView.of(rows, page, size, total);
	}

	/**
	 * A page of the import's rows, of one outcome or all; in the file's order, or the
	 * refused rows first.
	 */
	PageView<RowResult> rows(long importId, Outcome outcome, boolean refusedFirst, int page, int size) {
		String where = "where import_id = ?" + ((outcome != null) ? " and outcome = ?" : "");
		List<Object> params = new ArrayList<>(List.of(importId));
		if (outcome != null) {
			params.add(outcome.name());
		}
		long total = this.jdbc.sql("select count(*) from bulk_intake_row " + where)
			.params(params)
			.query(Long.class)
			.single();
		String order = refusedFirst ? "case when outcome = 'REFUSED' then 0 else 1 end, row_number" : "row_number";
		params.add(size);
		params.add((long) page * size);
		List<RowResult> rows = this.jdbc
			.sql("select * from bulk_intake_row " + where + " order by " + order + " limit ? offset ?")
			.params(params)
			.query(ImportRecords::row)
			.list();
		return PageView.of(rows, page, size, total);
	}

	private static RowResult row(ResultSet rs, int n) throws SQLException {
		String args = rs.getString("reason_args");
		return new RowResult(rs.getInt("row_number"), rs.getString("reference_number"), rs.getString("employee_nip"),
				rs.getString("employee_name"), Outcome.valueOf(rs.getString("outcome")), rs.getString("case_number"),
				rs.getString("field"), rs.getString("column_name"), rs.getString("reason"),
				(args != null) ? Arrays.asList(args.split(SEPARATOR, -1)) : List.of());
	}

	private static BulkImports.ImportStatus status(ResultSet rs, int n) throws SQLException {
		int total = rs.getInt("rows_total");
		int done = rs.getInt("rows_done");
		String status = Upload.shownStatus(rs.getString("status"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new BulkImports.ImportStatus(rs.getLong("id"), rs.getString("region_code"), rs.getString("file_name"),
				rs.getString("file_sha256"), status, total, done, (total == 0) ? 100 : (int) (100L * done / total),
				rs.getInt("rows_accepted"), rs.getInt("rows_unchanged"), rs.getInt("rows_refused"),
				rs.getString("failure"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

}
