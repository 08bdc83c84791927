package id.pantau.documents;

import java.net.URI;
import java.util.List;

import id.pantau.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

	private final CaseDocuments documents;

	private final CurrentUser currentUser;

	FileController(CaseDocuments documents, CurrentUser currentUser) {
		this.documents = documents;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/cases/{caseNumber}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add an evidence file (PDF, JPEG, PNG, text) to a case",
			description = "400 for a type outside the allow-list, a content that does not match it, or a file over the size limit")
	ResponseEntity<StoredFile> upload(@PathVariable String caseNumber, @RequestParam("file") MultipartFile file) {
		StoredFile stored = this.documents.add(this.currentUser.get(), caseNumber, file);
		return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/files/" + stored.fileId()))
			.body(stored);
	}

	@GetMapping("/api/cases/{caseNumber}/files")
	@Operation(summary = "The files of a case with their size and SHA-256")
	List<StoredFile> list(@PathVariable String caseNumber) {
		return this.documents.of(this.currentUser.get(), caseNumber);
	}

	@GetMapping("/api/cases/{caseNumber}/files/{fileId}")
	@Operation(summary = "Download a file; 409 when it no longer matches its stored SHA-256")
	ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long fileId) {
		return this.documents.download(this.currentUser.get(), caseNumber, fileId).asAttachment();
	}

}
