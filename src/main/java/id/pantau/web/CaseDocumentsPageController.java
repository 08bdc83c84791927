package id.pantau.web;

import id.pantau.documents.CaseDocuments;
import id.pantau.oversight.CaseDossiers;
import id.pantau.documents.StoredFile;
import id.pantau.identity.CurrentUser;
import id.pantau.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence on the case page: add a file (case workers of the region) and download one,
 * verified against its SHA-256 (a file that no longer matches is refused with 409), and
 * the case dossier as PDF for auditors.
 */
@Controller
class CaseDocumentsPageController {

	private final CaseDocuments documents;

	private final CurrentUser currentUser;

	private final FormErrors errors;

	private final CaseDossiers dossiers;

	CaseDocumentsPageController(CaseDocuments documents, CurrentUser currentUser, FormErrors errors,
			CaseDossiers dossiers) {
		this.dossiers = dossiers;
		this.documents = documents;
		this.currentUser = currentUser;
		this.errors = errors;
	}

	@PostMapping("/cases/{number}/files")
	String add(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) {
		try {
			if (file == null) {
				throw new InvalidInputException("file", "file.empty");
			}
			StoredFile stored = this.documents.add(this.currentUser.get(), number, file);
			flash.addFlashAttribute("flash",
					this.errors.text("web.case.documents.added", stored.fileName(), stored.sha256().substring(0, 16)));
		}
		catch (InvalidInputException ex) {
			flash.addFlashAttribute("flashError", this.errors.text(ex));
		}
		return "redirect:/cases/" + number + "#documents";
	}

	/**
	 * The case dossier (auditor, admin), within the page session: the same checks, the
	 * same kept copy and the same audit record as the API's.
	 */
	@GetMapping("/cases/{number}/dossier.pdf")
	ResponseEntity<byte[]> dossier(@PathVariable String number) {
		return this.dossiers.dossier(this.currentUser.get(), number).asAttachment();
	}

	@GetMapping("/cases/{number}/files/{id}")
	ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
		return this.documents.download(this.currentUser.get(), number, id).asAttachment();
	}

}
