package id.pantau.letters;

import java.nio.charset.StandardCharsets;

import id.pantau.shared.PageController;
import id.pantau.identity.CurrentUser;
import id.pantau.shared.PantauException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Letters within the page session: "Buat surat" on a step's page, the signed scan's
 * upload, and the download of a kept document; the same checks as the API's.
 */
@Controller
@PageController
class LetterPageController {

	private final CaseLetters letters;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	LetterPageController(CaseLetters letters, CurrentUser currentUser, MessageSource messages) {
		this.letters = letters;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping("/cases/{caseNumber}/letters/{type}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable String type) {
		return attachment(this.letters.generate(this.currentUser.get(), caseNumber, LetterController.type(type),
				CaseLetters.Format.PDF));
	}

	@GetMapping("/cases/{caseNumber}/letters/{type}.docx")
	ResponseEntity<byte[]> docx(@PathVariable String caseNumber, @PathVariable String type) {
		return attachment(this.letters.generate(this.currentUser.get(), caseNumber, LetterController.type(type),
				CaseLetters.Format.DOCX));
	}

	@GetMapping("/cases/{caseNumber}/letters/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId) {
		return attachment(this.letters.document(this.currentUser.get(), caseNumber, documentId));
	}

	/**
	 * Uploads the signed scan and goes back to the page it came from (a task or the
	 * case).
	 */
	@PostMapping("/cases/{caseNumber}/letters/{type}/signed")
	String signed(@PathVariable String caseNumber, @PathVariable String type,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "returnTo", required = false) String returnTo, RedirectAttributes flash) {
		try {
			LetterType letterType = LetterController.type(type);
			byte[] content = (file != null) ? LetterController.bytes(file) : new byte[0];
			LetterDocument stored = this.letters.uploadSigned(this.currentUser.get(), caseNumber, letterType,
					(file != null) ? file.getOriginalFilename() : null, content);
			flash.addFlashAttribute("flash",
					text("web.letter.signed.added", text("letter.type." + type), stored.sha256().substring(0, 16)));
		}
		catch (PantauException ex) {
			flash.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return "redirect:" + back(caseNumber, returnTo);
	}

	/** Only a page of Pantau: a task or the case. */
	private static String back(String caseNumber, String returnTo) {
		if (returnTo != null && returnTo.matches("/tasks/[A-Za-z0-9-]+")) {
			return returnTo;
		}
		return "/cases/" + caseNumber + "#letters";
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	static ResponseEntity<byte[]> attachment(CaseLetters.Content content) {
		LetterDocument document = content.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(content.bytes());
	}

}
