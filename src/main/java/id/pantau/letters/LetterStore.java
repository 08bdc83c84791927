package id.pantau.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

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

	LetterStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		return find(id).orElseThrow();
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
