package id.pantau.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.audit.AuditActors;
import id.pantau.audit.AuditLog;
import id.pantau.audit.AuditRecord;
import id.pantau.shared.BusinessTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The letters and signed scans of cases, with their bytes. */
@Component
class LetterStore {

	private static final String COLUMNS = "id, letter_type, step_key, kind, file_name, content_type, size, sha256,"
			+ " template_form, template_region, template_version, created_by, created_at";

	private final JdbcTemplate jdbc;

	private final AuditLog log;

	private final AuditActors actors;

	private final ObjectMapper json;

	LetterStore(JdbcTemplate jdbc, AuditLog log, AuditActors actors, ObjectMapper json) {
		this.jdbc = jdbc;
		this.log = log;
		this.actors = actors;
		this.json = json;
	}

	/** Where a document comes from. */
	record Origin(long caseId, String caseNumber, String region, LetterType type, String kind, String createdBy) {
	}

	/** The template a generated letter was made from; null fields for a scan. */
	record TemplateUsed(String form, String region, Integer version) {

		static final TemplateUsed NONE = new TemplateUsed(null, null, null);

	}

	LetterDocument store(Origin origin, TemplateUsed template, String fileName, String contentType, byte[] content) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		String sha = LetterTemplates.Sha256.of(content);
		LocalDateTime now = Utc.of(BusinessTime.now());
		this.jdbc.update((connection) -> {
			var insert = connection.prepareStatement("insert into letter (case_id, case_number, region, letter_type,"
					+ " step_key, kind, file_name, content_type, size, sha256, template_form, template_region,"
					+ " template_version, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			Object[] values = { origin.caseId(), origin.caseNumber(), origin.region(), origin.type().name(),
					origin.type().stepKey(), origin.kind(), fileName, contentType, (long) content.length, sha,
					template.form(), template.region(), template.version(), origin.createdBy(), now };
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i]);
			}
			return insert;
		}, key);
		long id = key.getKey().longValue();
		this.jdbc.update("insert into letter_content (letter_id, content) values (?, ?)", id, content);
		LetterDocument stored = find(id).orElseThrow();
		record(origin, template, id, fileName, contentType, content.length, sha);
		return stored;
	}

	/**
	 * Puts the letter or scan in the audit log (and so in the case's timeline), as the
	 * case files are: a generated letter as DOCUMENT_GENERATED, an uploaded scan as
	 * DOCUMENT_ADDED, with its hash and the template version it came from.
	 */
	private void record(Origin origin, TemplateUsed template, long id, String fileName, String contentType, long size,
			String sha) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("letterId", id);
		detail.put("letterType", origin.type().name());
		detail.put("step", origin.type().stepKey());
		detail.put("fileName", fileName);
		detail.put("contentType", contentType);
		detail.put("size", size);
		detail.put("sha256", sha);
		if (template.version() != null) {
			detail.put("template", template.form() + " v" + template.version()
					+ ((template.region() != null) ? " (" + template.region() + ")" : ""));
		}
		AuditActors.Actor actor = this.actors.current();
		try {
			this.log.record(new AuditRecord(actor.username(), actor.roles(), origin.region(), origin.caseNumber(),
					"GENERATED".equals(origin.kind()) ? "DOCUMENT_GENERATED" : "DOCUMENT_ADDED", "letter#" + id,
					this.json.writeValueAsString(detail), null));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit detail not serializable", ex);
		}
	}

	/** The case's documents, newest first. */
	List<LetterDocument> ofCase(String caseNumber) {
		return this.jdbc.query("select " + COLUMNS + " from letter where case_number = ? order by id desc",
				LetterStore::document, caseNumber);
	}

	Optional<LetterDocument> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from letter where id = ?", LetterStore::document, id)
			.stream()
			.findFirst();
	}

	/** The case of a document. */
	Optional<String> caseNumberOf(long id) {
		return this.jdbc.queryForList("select case_number from letter where id = ?", String.class, id)
			.stream()
			.findFirst();
	}

	byte[] content(long id) {
		return this.jdbc.queryForObject("select content from letter_content where letter_id = ?",
				(rs, n) -> rs.getBytes(1), id);
	}

	boolean hasSigned(String caseNumber, LetterType type) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from letter where case_number = ? and letter_type = ? and kind = 'SIGNED'",
				Integer.class, caseNumber, type.name());
		return count != null && count > 0;
	}

	private static LetterDocument document(ResultSet rs, int n) throws SQLException {
		int version = rs.getInt(11);
		Integer templateVersion = rs.wasNull() ? null : version;
		return new LetterDocument(rs.getLong(1), LetterType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
				templateVersion, rs.getString(12), Utc.instant(rs, 13));
	}

}
