package id.pantau.documents;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.audit.AuditActors;
import id.pantau.audit.AuditLog;
import id.pantau.audit.AuditRecord;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.ConflictException;
import id.pantau.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files and generated documents in the database: the bytes
 * ({@code stored_file_content}), the record with its SHA-256 and size
 * ({@code stored_file}) and the audit entry are written in one transaction, so every node
 * reads every file and a database backup holds them all (docs/decisions.md 27). Reading a
 * file hashes it again and refuses (409) a file that no longer matches.
 */
@Component
class CaseFiles {

	static final String EVIDENCE = "EVIDENCE";

	static final String GENERATED = "GENERATED";

	private static final RowMapper<StoredFile> ROWS = (rs, n) -> new StoredFile(rs.getLong("id"),
			rs.getString("case_number"), rs.getString("kind"), rs.getString("file_name"), rs.getString("content_type"),
			rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("stored_by"),
			rs.getObject("stored_at", OffsetDateTime.class).toInstant());

	private final JdbcTemplate jdbc;

	private final AuditLog log;

	private final AuditActors actors;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	CaseFiles(JdbcTemplate jdbc, AuditLog log, AuditActors actors, PlatformTransactionManager transactions,
			ObjectMapper json) {
		this.jdbc = jdbc;
		this.log = log;
		this.actors = actors;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
	}

	/** Stores the bytes and records the file and an audit entry in one transaction. */
	StoredFile store(String caseNumber, String region, String kind, String fileName, String contentType, byte[] bytes) {
		String key = caseNumber.replaceAll("[^A-Za-z0-9-]", "_") + "/" + UUID.randomUUID();
		return this.transaction
			.execute((status) -> record(caseNumber, region, kind, fileName, contentType, bytes, key));
	}

	private StoredFile record(String caseNumber, String region, String kind, String fileName, String contentType,
			byte[] bytes, String key) {
		AuditActors.Actor actor = this.actors.current();
		String sha256 = sha256(bytes);
		GeneratedKeyHolder id = new GeneratedKeyHolder();
		this.jdbc.update((c) -> {
			var ps = c.prepareStatement("insert into stored_file (case_number, kind, file_name, content_type, "
					+ "size_bytes, sha256, storage_key, stored_by, stored_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, caseNumber);
			ps.setString(2, kind);
			ps.setString(3, fileName);
			ps.setString(4, contentType);
			ps.setLong(5, bytes.length);
			ps.setString(6, sha256);
			ps.setString(7, key);
			ps.setString(8, actor.username());
			ps.setObject(9, BusinessTime.utc(BusinessTime.now()));
			return ps;
		}, id);
		this.jdbc.update("insert into stored_file_content (file_id, content) values (?, ?)", id.getKey().longValue(),
				bytes);
		StoredFile stored = find(caseNumber, id.getKey().longValue());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("fileId", stored.fileId());
		detail.put("fileName", fileName);
		detail.put("contentType", contentType);
		detail.put("size", stored.size());
		detail.put("sha256", sha256);
		this.log.record(new AuditRecord(actor.username(), actor.roles(), region, caseNumber,
				EVIDENCE.equals(kind) ? "DOCUMENT_ADDED" : "DOCUMENT_GENERATED", "file#" + stored.fileId(),
				write(detail), null));
		return stored;
	}

	List<StoredFile> of(String caseNumber) {
		return this.jdbc.query("select * from stored_file where case_number = ? order by id", ROWS, caseNumber);
	}

	StoredFile find(String caseNumber, long id) {
		return this.jdbc.query("select * from stored_file where case_number = ? and id = ?", ROWS, caseNumber, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("file.not-found", id));
	}

	/**
	 * The file's bytes, checked against the stored hash and size.
	 * @throws ConflictException (409) when the file is missing or no longer matches
	 */
	byte[] read(StoredFile file) {
		byte[] bytes = this.jdbc
			.query("select content from stored_file_content where file_id = ?", (rs, n) -> rs.getBytes(1),
					file.fileId())
			.stream()
			.findFirst()
			.orElseThrow(() -> new ConflictException(Map.of("fileId", file.fileId()), "file.missing", file.fileName()));
		String actual = sha256(bytes);
		if (bytes.length != file.size() || !actual.equals(file.sha256())) {
			throw new ConflictException(
					Map.of("fileId", file.fileId(), "expectedSha256", file.sha256(), "actualSha256", actual),
					"file.tampered", file.fileName());
		}
		return bytes;
	}

	/** Whether the stored bytes still match the file's hash. */
	boolean intact(StoredFile file) {
		try {
			read(file);
			return true;
		}
		catch (ConflictException ex) {
			return false;
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit detail not serializable", ex);
		}
	}

	/** SHA-256 of a file's bytes, as lowercase hex. */
	static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
