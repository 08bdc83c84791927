package id.pantau.oversight;

import id.pantau.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case dossier as PDF, for auditors to file; each dossier is kept as a generated
 * document with its SHA-256.
 */
@RestController
@Tag(name = "Audit")
class DossierController {

	private final CaseDossiers dossiers;

	private final CurrentUser currentUser;

	DossierController(CaseDossiers dossiers, CurrentUser currentUser) {
		this.dossiers = dossiers;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/cases/{caseNumber}/dossier.pdf")
	@Operation(
			summary = "The case dossier: case, timeline, decisions, documents with hashes, verification (auditor, admin)")
	ResponseEntity<byte[]> dossier(@PathVariable String caseNumber) {
		return this.dossiers.dossier(this.currentUser.get(), caseNumber).asAttachment();
	}

}
