package id.pantau.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.Text;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files and generated documents of a case, for the API and the pages alike: who
 * may add (the case workers of the case's region, never auditors), who may read (whoever
 * may read the case), what may be added (type allow-list, content check, size limit), and
 * downloads that refuse a file no longer matching its SHA-256.
 */
@Service
public class CaseDocuments {

	/** The roles that may add evidence to a case of their region. */
	public static final List<String> UPLOADERS = List.of(Groups.INTAKE, Groups.INSPECTOR, Groups.CHIEF_INSPECTOR,
			Groups.HR, Groups.PPK);

	private final CaseFiles files;

	private final CaseDirectory cases;

	private final AccessPolicy policy;

	private final DocumentsProperties properties;

	CaseDocuments(CaseFiles files, CaseDirectory cases, AccessPolicy policy, DocumentsProperties properties) {
		this.files = files;
		this.cases = cases;
		this.policy = policy;
		this.properties = properties;
	}

	/** A file's record and its verified content. */
	public record Download(StoredFile file, byte[] bytes) {

		/** As an attachment, with its SHA-256 in a header. */
		public ResponseEntity<byte[]> asAttachment() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.file.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-SHA256", this.file.sha256())
				.body(this.bytes);
		}

	}

	/** The files of a case, oldest first. */
	public List<StoredFile> of(PantauUser user, String number) {
		return this.files.of(this.cases.readableBy(user, number).number());
	}

	/**
	 * The documents people uploaded to a case (not generated files such as dossiers),
	 * oldest first.
	 */
	public List<StoredFile> uploaded(PantauUser user, String number) {
		return of(user, number).stream().filter((f) -> CaseFiles.EVIDENCE.equals(f.kind())).toList();
	}

	/**
	 * Whether the user may add evidence at all (the case's region is checked on upload).
	 */
	public boolean mayAdd(PantauUser user) {
		return UPLOADERS.stream().anyMatch(user.roles()::contains);
	}

	/**
	 * Adds an uploaded evidence file; see
	 * {@link #add(PantauUser, String, String, String, byte[])}.
	 */
	public StoredFile add(PantauUser user, String number, MultipartFile file) {
		try {
			return add(user, number, file.getOriginalFilename(), file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds an evidence file.
	 * @param user who adds it
	 * @param number the case
	 * @param originalName the file's name as sent
	 * @param contentType its declared content type
	 * @param bytes its content
	 * @throws InvalidInputException (field {@code file}) when empty, too large, of a type
	 * not allowed, or when the content does not match the type
	 */
	public StoredFile add(PantauUser user, String number, String originalName, String contentType, byte[] bytes) {
		this.policy.requireAnyRole(user, UPLOADERS.toArray(String[]::new));
		CaseSummary found = this.cases.readableBy(user, number);
		check(contentType, bytes);
		String name = name(originalName);
		return this.files.store(found.number(), found.region(), CaseFiles.EVIDENCE, name, contentType, bytes);
	}

	/** Whether the stored bytes of a file still match its hash. */
	public boolean intact(StoredFile file) {
		return this.files.intact(file);
	}

	/**
	 * Keeps a document Pantau generated for a case (a dossier), with its hash; the caller
	 * has checked who may generate it.
	 */
	public StoredFile keepGenerated(String caseNumber, String region, String fileName, String contentType,
			byte[] bytes) {
		return this.files.store(caseNumber, region, CaseFiles.GENERATED, fileName, contentType, bytes);
	}

	/**
	 * Whether the case has an uploaded document (evidence, a scanned letter or statement)
	 * with this id; generated files such as dossiers do not count.
	 */
	public boolean hasDocument(String caseNumber, long id) {
		return this.files.of(caseNumber)
			.stream()
			.anyMatch((f) -> f.fileId() == id && CaseFiles.EVIDENCE.equals(f.kind()));
	}

	/**
	 * A file of a case with its content, checked against the stored hash.
	 * @throws id.pantau.shared.ConflictException (409) when the file no longer matches
	 */
	public Download download(PantauUser user, String number, long id) {
		CaseSummary found = this.cases.readableBy(user, number);
		StoredFile file = this.files.find(found.number(), id);
		return new Download(file, this.files.read(file));
	}

	private void check(String type, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "file.empty");
		}
		if (bytes.length > this.properties.maxFileSize().toBytes()) {
			throw new InvalidInputException("file", "file.too-large", this.properties.maxFileSize().toMegabytes());
		}
		if (type == null || !this.properties.allowedContentTypes().contains(type)) {
			throw new InvalidInputException("file", "file.type", type,
					String.join(", ", this.properties.allowedContentTypes()));
		}
		if (!FileSniffer.matches(type, bytes)) {
			throw new InvalidInputException("file", "file.content-mismatch", type);
		}
	}

	/**
	 * The name to keep: the last part of the name as sent (browsers on Windows send a
	 * path), at most 255 characters.
	 * @throws InvalidInputException (field {@code file}) when that names no file or holds
	 * a control or direction character
	 */
	private static String name(String original) {
		if (original == null) {
			return "file";
		}
		String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1).strip();
		if (base.isEmpty() || ".".equals(base) || "..".equals(base) || Text.firstRefused(base, false) >= 0) {
			throw new InvalidInputException("file", "file.name");
		}
		return (base.codePointCount(0, base.length()) <= 255) ? base
				: base.substring(0, base.offsetByCodePoints(0, 255));
	}

}
