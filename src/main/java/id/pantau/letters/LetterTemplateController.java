package id.pantau.letters;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Regions;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's letter templates: download, replace (a new version, recorded with
 * the rule changes) and list versions, per form and region ({@code *}: every region).
 */
@RestController
@RequestMapping("/api/admin/letter-templates")
@Tag(name = "Administration")
class LetterTemplateController {

	private final CaseLetters letters;

	private final LetterTemplates templates;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final Regions regions;

	LetterTemplateController(CaseLetters letters, LetterTemplates templates, CurrentUser currentUser,
			AccessPolicy policy, Regions regions) {
		this.letters = letters;
		this.templates = templates;
		this.currentUser = currentUser;
		this.policy = policy;
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "The template forms, one per document type (the decision: one per sanction level)")
	List<String> forms() {
		admin();
		return java.util.Arrays.stream(LetterType.values()).flatMap((t) -> t.forms().stream()).toList();
	}

	@GetMapping("/{templateForm}/versions")
	@Operation(summary = "Versions of a form's template for a region (* for every region), newest first")
	List<LetterTemplates.Version> versions(@PathVariable("templateForm") String form,
			@RequestParam(defaultValue = LetterTemplates.EVERY_REGION) String region) {
		admin();
		return this.templates.versions(form(form), region(region));
	}

	@GetMapping("/{templateForm}.docx")
	@Operation(summary = "Download a template: the one in use for the region, or the given version")
	ResponseEntity<byte[]> download(@PathVariable("templateForm") String form,
			@RequestParam(defaultValue = LetterTemplates.EVERY_REGION) String region,
			@RequestParam(required = false) Integer version) {
		admin();
		LetterTemplates.Template template = (version != null)
				? this.templates.version(form(form), region(region), version)
				: this.templates.current(form(form), region(region));
		String name = form + "-" + template.region().replace("*", "all") + "-v" + template.version() + ".docx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CaseLetters.Format.DOCX.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(template.content());
	}

	@PostMapping(path = "/{templateForm}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Replace a template with a new version (a DOCX document using the type's placeholders)")
	LetterTemplates.Version upload(@PathVariable("templateForm") String form,
			@RequestParam(defaultValue = LetterTemplates.EVERY_REGION) String region,
			@RequestParam("file") MultipartFile file) {
		PantauUser admin = admin();
		return this.letters.replaceTemplate(admin, form(form), region(region), file.getOriginalFilename(),
				LetterController.bytes(file));
	}

	private PantauUser admin() {
		PantauUser user = this.currentUser.get();
		this.policy.requireAnyRole(user, Groups.ADMIN);
		return user;
	}

	private static String form(String form) {
		LetterType.ofForm(form).orElseThrow(() -> new NotFoundException("letter.template.unknown-form", form));
		return form;
	}

	private String region(String region) {
		if (!LetterTemplates.EVERY_REGION.equals(region) && this.regions.find(region).isEmpty()) {
			throw new InvalidInputException("region", "letter.template.unknown-region", region);
		}
		return region;
	}

}
