package id.pantau.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NotFoundException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The templates of each form: the default shipped with Pantau (version 0) and the
 * versions an administrator uploaded, for every region ({@code *}) or for one; a region's
 * own version comes before the one for every region.
 */
@Component
class LetterTemplates {

	static final String EVERY_REGION = "*";

	private final JdbcTemplate jdbc;

	LetterTemplates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A template version and its bytes. */
	record Template(String form, String region, int version, byte[] content, String uploadedBy, Instant uploadedAt) {

		String sha256() {
			return Sha256.of(this.content);
		}

	}

	/** A version as the administrator's list shows it. */
	record Version(String templateForm, String templateRegion, int templateVersion, long size, String sha256,
			String storedBy, Instant storedAt) {
	}

	/** The template a letter of the region is made from now. */
	Template current(String form, String region) {
		return latest(form, region).or(() -> latest(form, EVERY_REGION)).orElseGet(() -> shipped(form));
	}

	/**
	 * A stored version (0: the shipped default).
	 * @throws NotFoundException for a version that does not exist
	 */
	Template version(String form, String region, int version) {
		if (version == 0) {
			return shipped(form);
		}
		return this.jdbc
			.query("select form, region, version, content, uploaded_by, uploaded_at from letter_template"
					+ " where form = ? and region = ? and version = ?", (rs, n) -> template(rs), form, region, version)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("letter.template.version-not-found", form, region, version));
	}

	/**
	 * Every version of the form for the region, newest first, the shipped default last.
	 */
	List<Version> versions(String form, String region) {
		List<Version> versions = new ArrayList<>(this.jdbc.query(
				"select form, region, version, size, sha256, uploaded_by, uploaded_at from letter_template"
						+ " where form = ? and region = ? order by version desc",
				(rs, n) -> new Version(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
						rs.getString(6), Utc.instant(rs, 7)),
				form, region));
		Template shipped = shipped(form);
		versions.add(new Version(form, EVERY_REGION, 0, shipped.content().length, shipped.sha256(), null, null));
		return versions;
	}

	/**
	 * Stores a new version after checking it is a DOCX document using only the type's
	 * placeholders.
	 * @throws InvalidInputException (field {@code file}) for anything else
	 */
	Version upload(LetterType type, String form, String region, String fileName, byte[] content, String admin) {
		check(type, content);
		Integer last = this.jdbc.queryForObject(
				"select max(version) from letter_template where form = ? and region = ?", Integer.class, form, region);
		int version = (last != null) ? last + 1 : 1;
		Instant now = BusinessTime.now();
		String sha = Sha256.of(content);
		this.jdbc.update(
				"insert into letter_template (form, region, version, file_name, size, sha256, content, uploaded_by,"
						+ " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				form, region, version, fileName, content.length, sha, content, admin, Utc.of(now));
		return new Version(form, region, version, content.length, sha, admin, now);
	}

	private static void check(LetterType type, byte[] content) {
		Set<String> used;
		try (XWPFDocument doc = DocxLetter.open(content)) {
			used = DocxLetter.placeholders(doc);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("file", "letter.template.not-docx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> unknown = new TreeSet<>(used);
		unknown.removeAll(LetterFields.known(type));
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("file", "letter.template.unknown-placeholder",
					String.join(", ", unknown.stream().map((name) -> "${" + name + "}").toList()));
		}
	}

	private Optional<Template> latest(String form, String region) {
		return this.jdbc
			.query("select form, region, version, content, uploaded_by, uploaded_at from letter_template"
					+ " where form = ? and region = ? order by version desc fetch first 1 rows only",
					(rs, n) -> template(rs), form, region)
			.stream()
			.findFirst();
	}

	private static Template template(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Template(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBytes(4), rs.getString(5),
				Utc.instant(rs, 6));
	}

	static Template shipped(String form) {
		try (InputStream in = new ClassPathResource("letters/templates/" + form + ".docx").getInputStream()) {
			return new Template(form, EVERY_REGION, 0, in.readAllBytes(), null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The default template " + form + " is missing", ex);
		}
	}

	/** SHA-256 in hex. */
	static final class Sha256 {

		private Sha256() {
		}

		static String of(byte[] content) {
			try {
				return java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
