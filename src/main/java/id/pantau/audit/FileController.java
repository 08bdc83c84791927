package id.pantau.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Paths;
import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files of a case: upload (case workers of the region), list and download. */
@RestController
@Tag(name = "Files", description = "Evidence and generated documents, stored with their SHA-256")
class FileController {

	private final CaseFiles files;

	private final CaseDirectory cases;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final AuditProperties properties;

	FileController(CaseFiles files, CaseDirectory cases, CurrentUser currentUser, AccessPolicy policy,
			AuditProperties properties) {
		this.files = files;
		this.cases = cases;
		this.currentUser = currentUser;
		this.policy = policy;
		this.properties = properties;
	}

	@PostMapping(path = "/api/cases/{number}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an evidence file (PDF, JPEG, PNG, text) to a case",
			description = "400 for a type outside the allow-list, a content that does not match it, or a file over the size limit")
	ResponseEntity<StoredFile> upload(@PathVariable String number, @RequestParam("file") MultipartFile file) {
		PantauUser user = this.currentUser.get();
		this.policy.requireAnyRole(user, Groups.INTAKE, Groups.INSPECTOR, Groups.CHIEF_INSPECTOR, Groups.HR,
				Groups.PPK);
		CaseSummary found = this.cases.readableBy(user, number);
		byte[] bytes = checked(file);
		StoredFile stored = this.files.store(found.number(), found.region(), CaseFiles.EVIDENCE, name(file),
				file.getContentType(), bytes);
		return ResponseEntity.created(URI.create("/api/cases/" + number + "/files/" + stored.id())).body(stored);
	}

	@GetMapping("/api/cases/{number}/files")
	@Operation(summary = "The files of a case with their size and SHA-256")
	List<StoredFile> list(@PathVariable String number) {
		return this.files.of(this.cases.readableBy(this.currentUser.get(), number).number());
	}

	@GetMapping("/api/cases/{number}/files/{id}")
	@Operation(summary = "Download a file; 409 when it no longer matches its stored SHA-256")
	ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
		CaseSummary found = this.cases.readableBy(this.currentUser.get(), number);
		StoredFile file = this.files.find(found.number(), id);
		byte[] bytes = this.files.read(file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.body(bytes);
	}

	private byte[] checked(MultipartFile file) {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "file.empty");
		}
		if (file.getSize() > this.properties.maxFileSize().toBytes()) {
			throw new InvalidInputException("file", "file.too-large", this.properties.maxFileSize().toMegabytes());
		}
		String type = file.getContentType();
		if (type == null || !this.properties.allowedContentTypes().contains(type)) {
			throw new InvalidInputException("file", "file.type", type,
					String.join(", ", this.properties.allowedContentTypes()));
		}
		byte[] bytes = bytes(file);
		if (!FileSniffer.matches(type, bytes)) {
			throw new InvalidInputException("file", "file.content-mismatch", type);
		}
		return bytes;
	}

	private static String name(MultipartFile file) {
		String original = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "file";
		String base = Paths.get(original.replace('\\', '/')).getFileName().toString().strip();
		return base.isEmpty() ? "file" : base.substring(0, Math.min(base.length(), 255));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
