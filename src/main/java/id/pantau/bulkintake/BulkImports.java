package id.pantau.bulkintake;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.oversight.Csv;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PageView;
import id.pantau.shared.Sheet;
import id.pantau.shared.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lists of recommendations uploaded as CSV or XLSX, each row registered as a case. The
 * file is read and its columns checked while the request waits (a file that is not a
 * readable list, or lacks a column, is refused with 400 and nothing is recorded); the
 * rows are then registered in the background, one at a time and each in its own
 * transaction, so that a list of 2,000 rows blocks no request and one bad row never
 * undoes another. Uploading the same list again creates nothing: every row it registered
 * answers unchanged, naming its case.
 */
@Component
public class BulkImports {

	private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

	private final ImportRecords records;

	private final RowRegistration rows;

	private final BulkIntakeProperties properties;

	private final AccessPolicy policy;

	private final MessageSource messages;

	private final ThreadPoolTaskExecutor executor;

	BulkImports(ImportRecords records, RowRegistration rows, BulkIntakeProperties properties, AccessPolicy policy,
			MessageSource messages) {
		this.records = records;
		this.rows = rows;
		this.properties = properties;
		this.policy = policy;
		this.messages = messages;
		this.executor = Upload.worker("bulk-intake-", properties.queue());
	}

	/**
	 * How an import stands.
	 *
	 * @param status RUNNING, DONE, FAILED, or INTERRUPTED (running without progress for
	 * ten minutes: the server stopped while it ran)
	 * @param percent rows done of rows total, 0 to 100
	 */
	public record ImportStatus(long importId, String region, String fileName, String sha256, String status,
			int rowsTotal, int rowsDone, int percent, int accepted, int unchanged, int refused, String failure,
			String createdBy, Instant createdAt, Instant finishedAt) {
	}

	/**
	 * One row of an import's report.
	 *
	 * @param row the row's number in the file (the header is row 1)
	 * @param caseNumber the new case (accepted), the case registered already (unchanged,
	 * or refused as a duplicate)
	 * @param field the registration's field at fault of a refused row, {@code column} the
	 * file's column it comes from
	 * @param reason the message key of the refusal or of the answer, {@code message} its
	 * text in the caller's language
	 */
	public record ReportRow(int row, Outcome outcome, String caseNumber, String referenceNumber, String employeeNip,
			String employeeName, String field, String column, String reason, String message) {
	}

	/**
	 * Reads the list, checks its columns, records the import and starts registering its
	 * rows in the background.
	 * @throws InvalidInputException (400, field {@code file}) for a file that is empty,
	 * too large, no readable CSV (UTF-8) or XLSX, without data rows or with too many, or
	 * without a required column (named)
	 * @throws ConflictException (409) when too many lists wait already
	 */
	public ImportStatus start(PantauUser user, String region, String fileName, byte[] bytes) {
		this.policy.requireAnyRole(user, Groups.INTAKE);
		this.policy.requireRegion(user, region);
		Upload.requireSize(bytes, this.properties.maxFileSize());
		Sheet sheet = Sheet.read(fileName, bytes);
		Map<Column, Integer> columns = Column.of(sheet);
		if (sheet.rows().isEmpty()) {
			throw new InvalidInputException("file", "sheet.file.no-rows");
		}
		if (sheet.rows().size() > this.properties.maxRows()) {
			throw new InvalidInputException("file", "sheet.file.too-many-rows", this.properties.maxRows());
		}
		long id = this.records.create(region, fileName, bytes, sheet.rows().size(), user.username());
		SecurityContext uploader = SecurityContextHolder.createEmptyContext();
		uploader.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		try {
			this.executor
				.execute(new DelegatingSecurityContextRunnable(() -> run(id, user, region, sheet, columns), uploader));
		}
		catch (TaskRejectedException ex) {
			this.records.fail(id, "too many imports waiting");
			throw new ConflictException("bulk.import.busy");
		}
		log.info("Bulk intake {} of {} rows ({}) started by {} in {}", id, sheet.rows().size(),
				Upload.safeName(fileName), user.username(), region);
		return this.records.find(id).orElseThrow();
	}

	/** Registers the rows one by one; the report and the counts move with them. */
	private void run(long id, PantauUser user, String region, Sheet sheet, Map<Column, Integer> columns) {
		long started = System.nanoTime();
		try {
			RowRegistration.Batch batch = new RowRegistration.Batch(region, user, columns, sheet.header(),
					new HashMap<>());
			for (int i = 0; i < sheet.rows().size(); i++) {
				this.records.record(id, this.rows.register(batch, sheet.rows().get(i), sheet.line(i)));
			}
			this.records.finish(id);
			ImportStatus done = this.records.find(id).orElseThrow();
			log.info("Bulk intake {} done: {} accepted, {} unchanged, {} refused, in {} ms", id, done.accepted(),
					done.unchanged(), done.refused(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Bulk intake {} failed after {} ms: {}", id, (System.nanoTime() - started) / 1_000_000,
					ex.toString(), ex);
			this.records.fail(id, ex.getClass().getSimpleName());
		}
	}

	public ImportStatus status(PantauUser user, long importId) {
		ImportStatus found = this.records.find(importId)
			.orElseThrow(() -> new NotFoundException("bulk.import.not-found", importId));
		mayRead(user, found.region());
		return found;
	}

	public PageView<ImportStatus> list(PantauUser user, String region, int page, int size) {
		mayRead(user, region);
		return this.records.list(region, page, size);
	}

	/**
	 * A page of the import's report, of one outcome (null: all), in the file's order or
	 * with the refused rows first.
	 */
	public PageView<ReportRow> report(PantauUser user, long importId, Outcome outcome, boolean refusedFirst, int page,
			int size) {
		status(user, importId);
		PageView<ImportRecords.RowResult> found = this.records.rows(importId, outcome, refusedFirst, page, size);
		return PageView.of(found.content().stream().map(this::reportRow).toList(), page, size, found.totalElements());
	}

	/** The whole report as CSV, in the caller's language. */
	public byte[] reportCsv(PantauUser user, long importId) {
		status(user, importId);
		Csv csv = new Csv()
			.row(List.of("row", "outcome", "caseNumber", "referenceNumber", "nip", "name", "column", "reason")
				.stream()
				.map((k) -> text("bulk.report." + k))
				.toList());
		int page = 0;
		PageView<ImportRecords.RowResult> found;
		do {
			found = this.records.rows(importId, null, false, page++, 1000);
			for (ImportRecords.RowResult r : found.content()) {
				ReportRow row = reportRow(r);
				csv.row(row.row(), text("bulk.outcome." + row.outcome()), row.caseNumber(), row.referenceNumber(),
						row.employeeNip(), row.employeeName(), row.column(), row.message());
			}
		}
		while (page < found.totalPages());
		return csv.bytes();
	}

	private ReportRow reportRow(ImportRecords.RowResult r) {
		String message = (r.reason() != null)
				? this.messages.getMessage(r.reason(), r.args().toArray(), r.reason(), LocaleContextHolder.getLocale())
				: null;
		return new ReportRow(r.row(), r.outcome(), r.caseNumber(), r.referenceNumber(), r.employeeNip(),
				r.employeeName(), r.field(), r.column(), r.reason(), message);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private void mayRead(PantauUser user, String region) {
		this.policy.requireAnyRole(user, Groups.INTAKE, Groups.ADMIN);
		this.policy.requireRegion(user, region);
	}

}
