package id.pantau.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pantau.identity.CurrentUser;
import id.pantau.shared.NotFoundException;
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

/** A case's letters: generate as PDF or DOCX, upload the signed scan, list, download. */
@RestController
@Tag(name = "Letters")
class LetterController {

	private final CaseLetters letters;

	private final CurrentUser currentUser;

	LetterController(CaseLetters letters, CurrentUser currentUser) {
		this.letters = letters;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/cases/{caseNumber}/letters/{type}.pdf")
	@Operation(summary = "Generate the letter as PDF from the case's data; kept as a document of the case")
	ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable String type) {
		return file(this.letters.generate(this.currentUser.get(), caseNumber, type(type), CaseLetters.Format.PDF));
	}

	@GetMapping("/api/cases/{caseNumber}/letters/{type}.docx")
	@Operation(summary = "Generate the letter as DOCX (to edit in Word) from the case's data; kept as a document")
	ResponseEntity<byte[]> docx(@PathVariable String caseNumber, @PathVariable String type) {
		return file(this.letters.generate(this.currentUser.get(), caseNumber, type(type), CaseLetters.Format.DOCX));
	}

	@PostMapping(path = "/api/cases/{caseNumber}/letters/{type}/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the signed scan of a document (PDF, JPEG or PNG)")
	ResponseEntity<LetterDocument> signed(@PathVariable String caseNumber, @PathVariable String type,
			@RequestParam("file") MultipartFile file) {
		LetterDocument stored = this.letters.uploadSigned(this.currentUser.get(), caseNumber, type(type),
				file.getOriginalFilename(), bytes(file));
		return ResponseEntity
			.created(URI.create("/api/cases/" + caseNumber + "/letters/documents/" + stored.documentId()))
			.body(stored);
	}

	@GetMapping("/api/cases/{caseNumber}/letters")
	@Operation(summary = "The case's generated letters and signed scans, newest first")
	List<LetterDocument> list(@PathVariable String caseNumber) {
		return this.letters.of(this.currentUser.get(), caseNumber);
	}

	@GetMapping("/api/cases/{caseNumber}/letters/documents/{documentId}")
	@Operation(summary = "A kept letter or scan, as stored (409 when it no longer matches its hash)")
	ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId) {
		return file(this.letters.document(this.currentUser.get(), caseNumber, documentId));
	}

	static LetterType type(String slug) {
		return LetterType.ofSlug(slug).orElseThrow(() -> new NotFoundException("letter.type.unknown", slug));
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<byte[]> file(CaseLetters.Content content) {
		LetterDocument document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Letter-Id", Long.toString(document.documentId()))
			.header("X-Template-Version", String.valueOf(document.templateVersion()))
			.body(content.bytes());
	}

}
