package id.pantau.pledges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.intake.Nips;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PageView;
import id.pantau.shared.Sheet;
import id.pantau.shared.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of units and of a campaign's signatories from spreadsheets. The file is read
 * and its columns checked while the request waits (a file that is not a readable CSV or
 * XLSX, or lacks a column, is refused with 400 and nothing is recorded); its rows are
 * then recorded in the background, one chunk per transaction, one import at a time, so
 * that a file of 20,000 rows blocks no request. Each row is checked and answered in the
 * import's report: accepted, unchanged (already recorded: importing a file again changes
 * nothing), or refused with the reason.
 */
@Component
public class PledgeImports {

	private static final Logger log = LoggerFactory.getLogger(PledgeImports.class);

	/**
	 * An import without progress for this long was cut off (a restart): it is shown so.
	 */
	static final Duration STALLED = Upload.STALLED;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ThreadPoolTaskExecutor executor;

	private final PledgeProperties properties;

	private final AccessPolicy policy;

	private final RegionTime regionTime;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	PledgeImports(JdbcClient jdbc, PlatformTransactionManager transactions, PledgeProperties properties,
			AccessPolicy policy, RegionTime regionTime, Campaigns campaigns, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.policy = policy;
		this.regionTime = regionTime;
		this.campaigns = campaigns;
		this.executor = Upload.worker("pledge-import-", 20);
	}

	TaskExecutor executor() {
		return this.executor;
	}

	/**
	 * How an import stands.
	 *
	 * @param status RUNNING, DONE, FAILED, or INTERRUPTED (running without progress for
	 * ten minutes: the server stopped while it ran)
	 * @param percent rows done of rows total, 0 to 100
	 */
	public record ImportStatus(long importId, String region, String kind, Long campaignId, String fileName,
			String sha256, String status, int rowsTotal, int rowsDone, int percent, int accepted, int unchanged,
			int refused, String failure, String createdBy, Instant createdAt, Instant finishedAt) {
	}

	/**
	 * One row of an import's report.
	 *
	 * @param row the row's number in the file (the header is row 1)
	 * @param key the NIP (signatories) or the unit's name (units) as the row has it
	 * @param outcome ACCEPTED, UPDATED, UNCHANGED or REFUSED
	 * @param field the column at fault of a refused row
	 * @param reason the message key of the refusal ({@code pledges.row.*})
	 * @param reasonArg what the message names (the row a duplicate repeats, the unit)
	 */
	public record ReportRow(int row, String key, String name, String outcome, String field, String reason,
			String reasonArg) {
	}

	/** The columns of a file, by kind. */
	private record Columns(int nip, int name, int unit, int position, int signedOn, int headcount) {
	}

	public ImportStatus start(PantauUser user, String region, ImportKind kind, Long campaignId, String fileName,
			byte[] bytes) {
		this.policy.requireAnyRole(user, Groups.HR, Groups.ADMIN);
		this.policy.requireRegion(user, region);
		Upload.requireSize(bytes, this.properties.maxFileSize());
		LocalDate heldOn = null;
		if (kind == ImportKind.SIGNATORIES) {
			Campaigns.Campaign campaign = this.campaigns.get(user, campaignId);
			if (!campaign.region().equals(region)) {
				throw new InvalidInputException("region", "pledges.import.campaign-region", campaign.region());
			}
			heldOn = campaign.heldOn();
		}
		Sheet sheet = Sheet.read(fileName, bytes);
		Columns columns = columns(sheet, kind);
		if (sheet.rows().isEmpty()) {
			throw new InvalidInputException("file", "sheet.file.no-rows");
		}
		if (sheet.rows().size() > this.properties.maxRows()) {
			throw new InvalidInputException("file", "sheet.file.too-many-rows", this.properties.maxRows());
		}
		Instant now = BusinessTime.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into pledge_import (region_code, kind, campaign_id, file_name, file_sha256, status, rows_total,
				    created_by, created_at, updated_at) values (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?)""")
			.params(region, kind.name(), campaignId, safeName(fileName), sha256(bytes), sheet.rows().size(),
					user.username(), BusinessTime.utc(now), BusinessTime.utc(now))
			.update(key, "id"));
		long id = key.getKeyAs(Number.class).longValue();
		LocalDate campaignDay = heldOn;
		try {
			this.executor.execute(() -> run(id, kind, region, campaignId, campaignDay, sheet, columns));
		}
		catch (TaskRejectedException ex) {
			fail(id, "too many imports waiting");
			throw new ConflictException("pledges.import.busy");
		}
		log.info("Import {} of {} rows ({}, {}) started by {} in {}", id, sheet.rows().size(), kind, safeName(fileName),
				user.username(), region);
		return find(id).orElseThrow();
	}

	public ImportStatus status(PantauUser user, long id) {
		ImportStatus found = find(id).orElseThrow(() -> new NotFoundException("pledges.import.not-found", id));
		this.policy.requireRegion(user, found.region());
		return found;
	}

	public PageView<ImportStatus> list(PantauUser user, String region, int page, int size) {
		this.policy.requireRegion(user, region);
		long total = this.jdbc.sql("select count(*) from pledge_import where region_code = ?")
			.param(region)
			.query(Long.class)
			.single();
		List<ImportStatus> rows = this.jdbc
			.sql("select * from pledge_import where region_code = ? order by id desc limit ? offset ?")
			.params(region, size, (long) page * size)
			.query(this::status)
			.list();
		return PageView.of(rows, page, size, total);
	}

	public List<ReportRow> report(PantauUser user, long id) {
		status(user, id);
		return this.jdbc.sql("""
				select row_number, nip, name, outcome, field, reason, reason_arg from pledge_import_row
				where import_id = ? order by row_number""")
			.param(id)
			.query((rs, n) -> new ReportRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	Optional<ImportStatus> find(long id) {
		return this.jdbc.sql("select * from pledge_import where id = ?").param(id).query(this::status).optional();
	}

	private ImportStatus status(ResultSet rs, int n) throws SQLException {
		int total = rs.getInt("rows_total");
		int done = rs.getInt("rows_done");
		String status = Upload.shownStatus(rs.getString("status"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		long campaignId = rs.getLong("campaign_id");
		Long campaign = rs.wasNull() ? null : campaignId;
		return new ImportStatus(rs.getLong("id"), rs.getString("region_code"), rs.getString("kind"), campaign,
				rs.getString("file_name"), rs.getString("file_sha256"), status, total, done,
				(total == 0) ? 100 : (int) (100L * done / total), rs.getInt("rows_accepted"),
				rs.getInt("rows_unchanged"), rs.getInt("rows_refused"), rs.getString("failure"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

	private static Columns columns(Sheet sheet, ImportKind kind) {
		if (kind == ImportKind.UNITS) {
			int unit = required(sheet, "unit", "Unit", "OPD", "Unit Kerja", "Nama Unit", "Perangkat Daerah");
			int headcount = required(sheet, "headcount", "Jumlah Pegawai", "Jumlah ASN", "Headcount", "Employees",
					"Jumlah");
			return new Columns(-1, -1, unit, -1, -1, headcount);
		}
		int nip = required(sheet, "nip", "NIP");
		int name = required(sheet, "name", "Nama", "Name", "Nama Lengkap");
		int unit = required(sheet, "unit", "Unit", "OPD", "Unit Kerja", "Perangkat Daerah");
		return new Columns(nip, name, unit, sheet.column("Jabatan", "Position"),
				sheet.column("Tanggal", "Tanggal Tanda Tangan", "Tanggal TTD", "Signed On", "Date"), -1);
	}

	private static int required(Sheet sheet, String field, String... names) {
		int column = sheet.column(names);
		if (column < 0) {
			throw new InvalidInputException("file", "sheet.file.missing-column", names[0]);
		}
		return column;
	}

	/**
	 * Records the rows, one chunk per transaction; the report and the counts move with
	 * them.
	 */
	private void run(long id, ImportKind kind, String region, Long campaignId, LocalDate heldOn, Sheet sheet,
			Columns columns) {
		long started = System.nanoTime();
		try {
			Map<String, Integer> firstRow = new HashMap<>();
			Map<String, Integer> units = units(region);
			java.util.Set<String> signed = (campaignId != null)
					? new java.util.HashSet<>(this.jdbc.sql("select nip from pledge_signatory where campaign_id = ?")
						.param(campaignId)
						.query(String.class)
						.list())
					: java.util.Set.of();
			LocalDate today = this.regionTime.today(region);
			List<List<String>> rows = sheet.rows();
			for (int from = 0; from < rows.size(); from += this.properties.chunk()) {
				int to = Math.min(rows.size(), from + this.properties.chunk());
				int first = from;
				this.transaction.executeWithoutResult((status) -> {
					List<Object[]> report = new ArrayList<>();
					int[] counts = new int[3];
					for (int i = first; i < to; i++) {
						int rowNumber = sheet.line(i);
						Object[] line = (kind == ImportKind.UNITS)
								? unitRow(region, rows.get(i), rowNumber, columns, firstRow, units)
								: signatoryRow(id, region, campaignId, heldOn, today, rows.get(i), rowNumber, columns,
										firstRow, units, signed);
						report.add(line);
						String outcome = (String) line[4];
						counts[switch (outcome) {
							case "ACCEPTED", "UPDATED" -> 0;
							case "UNCHANGED" -> 1;
							default -> 2;
						}]++;
					}
					this.jdbc.sql("""
							update pledge_import set rows_done = ?, rows_accepted = rows_accepted + ?,
							    rows_unchanged = rows_unchanged + ?, rows_refused = rows_refused + ?, updated_at = ?
							where id = ?""")
						.params(to, counts[0], counts[1], counts[2], BusinessTime.utc(BusinessTime.now()), id)
						.update();
					for (Object[] line : report) {
						line[0] = id;
						this.jdbc.sql("""
								insert into pledge_import_row (import_id, row_number, nip, name, outcome, field, reason,
								    reason_arg) values (?, ?, ?, ?, ?, ?, ?, ?)""").params(line).update();
					}
					List<String> recorded = report.stream()
						.filter((line) -> kind == ImportKind.SIGNATORIES && "ACCEPTED".equals(line[4]))
						.map((line) -> (String) line[2])
						.toList();
					if (!recorded.isEmpty()) {
						this.events.publishEvent(new SignatoriesRecorded(campaignId, recorded));
					}
				});
			}
			this.jdbc.sql("update pledge_import set status = 'DONE', finished_at = ?, updated_at = ? where id = ?")
				.params(BusinessTime.utc(BusinessTime.now()), BusinessTime.utc(BusinessTime.now()), id)
				.update();
			log.info("Import {} done: {} rows in {} ms", id, rows.size(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Import {} failed after {} ms: {}", id, (System.nanoTime() - started) / 1_000_000, ex.toString(),
					ex);
			fail(id, ex.getClass().getSimpleName());
		}
	}

	private void fail(long id, String failure) {
		this.jdbc
			.sql("update pledge_import set status = 'FAILED', failure = ?, finished_at = ?, updated_at = ? "
					+ "where id = ?")
			.params(failure, BusinessTime.utc(BusinessTime.now()), BusinessTime.utc(BusinessTime.now()), id)
			.update();
	}

	private Map<String, Integer> units(String region) {
		Map<String, Integer> units = new HashMap<>();
		this.jdbc.sql("select unit_key, headcount from org_unit where region_code = ?")
			.param(region)
			.query((ResultSet rs) -> {
				units.put(rs.getString(1), rs.getInt(2));
			});
		return units;
	}

	private Object[] unitRow(String region, List<String> row, int rowNumber, Columns c, Map<String, Integer> firstRow,
			Map<String, Integer> units) {
		String name = Sheet.cell(row, c.unit());
		String count = Sheet.cell(row, c.headcount()).replace(".", "").replace(",", "").replace(" ", "");
		if (name.isEmpty() || name.length() > 200) {
			return refused(rowNumber, name, null, "unit",
					name.isEmpty() ? "pledges.row.unit-missing" : "pledges.row.too-long", null);
		}
		String key = UnitKey.of(name);
		if (key.isEmpty()) {
			return refused(rowNumber, name, null, "unit", "pledges.row.unit-missing", null);
		}
		Integer earlier = firstRow.putIfAbsent(key, rowNumber);
		if (earlier != null) {
			return refused(rowNumber, name, null, "unit", "pledges.row.duplicate-in-file", String.valueOf(earlier));
		}
		int headcount;
		try {
			headcount = Integer.parseInt(count);
		}
		catch (NumberFormatException ex) {
			headcount = -1;
		}
		if (headcount < 0 || headcount > 1_000_000) {
			return refused(rowNumber, name, null, "headcount", "pledges.row.headcount", null);
		}
		Integer known = units.get(key);
		Instant now = BusinessTime.now();
		if (known == null) {
			this.jdbc
				.sql("insert into org_unit (region_code, unit_key, name, headcount, updated_at) "
						+ "values (?, ?, ?, ?, ?)")
				.params(region, key, name, headcount, BusinessTime.utc(now))
				.update();
			units.put(key, headcount);
			return new Object[] { null, rowNumber, null, name, "ACCEPTED", null, null, null };
		}
		if (known == headcount) {
			return new Object[] { null, rowNumber, null, name, "UNCHANGED", null, null, null };
		}
		this.jdbc
			.sql("update org_unit set headcount = ?, name = ?, updated_at = ? where region_code = ? "
					+ "and unit_key = ?")
			.params(headcount, name, BusinessTime.utc(now), region, key)
			.update();
		units.put(key, headcount);
		return new Object[] { null, rowNumber, null, name, "UPDATED", null, null, String.valueOf(known) };
	}

	private Object[] signatoryRow(long importId, String region, long campaignId, LocalDate heldOn, LocalDate today,
			List<String> row, int rowNumber, Columns c, Map<String, Integer> firstRow, Map<String, Integer> units,
			java.util.Set<String> signed) {
		String nip = Sheet.cell(row, c.nip()).replace(" ", "");
		String name = Sheet.cell(row, c.name());
		String unit = Sheet.cell(row, c.unit());
		String position = Sheet.cell(row, c.position());
		Optional<String> problem = Nips.problem(nip, today);
		if (problem.isPresent()) {
			return refused(rowNumber, truncate(nip, 40), name, "nip", problem.get(), null);
		}
		if (name.isEmpty() || name.length() > 160) {
			return refused(rowNumber, nip, name, "name",
					name.isEmpty() ? "pledges.row.name-missing" : "pledges.row.too-long", null);
		}
		if (position.length() > 200) {
			return refused(rowNumber, nip, name, "position", "pledges.row.too-long", null);
		}
		String key = UnitKey.of(unit);
		if (!units.containsKey(key)) {
			return refused(rowNumber, nip, name, "unit", "pledges.row.unknown-unit", truncate(unit, 200));
		}
		LocalDate signedOn = heldOn;
		String date = Sheet.cell(row, c.signedOn());
		if (!date.isEmpty()) {
			signedOn = date(date);
			if (signedOn == null || signedOn.isAfter(today) || signedOn.getYear() < 1950) {
				return refused(rowNumber, nip, name, "signedOn", "pledges.row.date", truncate(date, 40));
			}
		}
		Integer earlier = firstRow.putIfAbsent(nip, rowNumber);
		if (earlier != null) {
			return refused(rowNumber, nip, name, "nip", "pledges.row.duplicate-in-file", String.valueOf(earlier));
		}
		if (signed.contains(nip)) {
			return new Object[] { null, rowNumber, nip, name, "UNCHANGED", null, null, null };
		}
		this.jdbc.sql("""
				insert into pledge_signatory (campaign_id, region_code, nip, name, unit_key, position, signed_on,
				    import_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, region, nip, name, key, position.isEmpty() ? null : position, signedOn, importId)
			.update();
		signed.add(nip);
		return new Object[] { null, rowNumber, nip, name, "ACCEPTED", null, null, null };
	}

	private static Object[] refused(int rowNumber, String key, String name, String field, String reason, String arg) {
		return new Object[] { null, rowNumber, truncate(key, 40), truncate(name, 200), "REFUSED", field, reason,
				truncate(arg, 200) };
	}

	private static LocalDate date(String text) {
		return Upload.date(text);
	}

	private static String truncate(String text, int max) {
		return Upload.truncate(text, max);
	}

	private static String safeName(String fileName) {
		return Upload.safeName(fileName);
	}

	static String sha256(byte[] bytes) {
		return Upload.sha256(bytes);
	}

}
