package id.pantau.letters;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.pantau.shared.PageController;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.Region;
import id.pantau.identity.Regions;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PantauException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of letter templates: each form's versions for every region and
 * per region, download, and the upload of a new version.
 */
@Controller
@PageController
class LetterTemplatePageController {

	private final CaseLetters letters;

	private final LetterTemplates templates;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final Regions regions;

	private final MessageSource messages;

	LetterTemplatePageController(CaseLetters letters, LetterTemplates templates, CurrentUser currentUser,
			AccessPolicy policy, Regions regions, MessageSource messages) {
		this.letters = letters;
		this.templates = templates;
		this.currentUser = currentUser;
		this.policy = policy;
		this.regions = regions;
		this.messages = messages;
	}

	/** A form's newest version for every region and for one region. */
	record Row(String form, String region, LetterTemplates.Version newest, int count) {
	}

	@GetMapping("/admin/letter-templates")
	String page(Model model) {
		admin();
		List<Row> rows = new ArrayList<>();
		for (String form : forms()) {
			for (String region : regionCodes()) {
				List<LetterTemplates.Version> versions = this.templates.versions(form, region);
				if (LetterTemplates.EVERY_REGION.equals(region) || versions.size() > 1) {
					rows.add(new Row(form, region, versions.get(0), versions.size()));
				}
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("forms", forms());
		model.addAttribute("regions", this.regions.all());
		return "letters/admin";
	}

	@GetMapping("/admin/letter-templates/{templateForm}.docx")
	ResponseEntity<byte[]> download(@PathVariable("templateForm") String form,
			@RequestParam(defaultValue = LetterTemplates.EVERY_REGION) String region) {
		admin();
		if (!forms().contains(form) || !regionCodes().contains(region)) {
			throw new NotFoundException("letter.template.unknown-form", form);
		}
		LetterTemplates.Template template = this.templates.current(form, region);
		String name = form + "-" + template.region().replace("*", "all") + "-v" + template.version() + ".docx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CaseLetters.Format.DOCX.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(template.content());
	}

	@PostMapping("/admin/letter-templates")
	String upload(@RequestParam String form, @RequestParam(defaultValue = LetterTemplates.EVERY_REGION) String region,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
		PantauUser admin = admin();
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "letter.template.not-docx");
			}
			if (!forms().contains(form) || !regionCodes().contains(region)) {
				throw new InvalidInputException("form", "letter.template.unknown-form", form);
			}
			LetterTemplates.Version version = this.letters.replaceTemplate(admin, form, region,
					file.getOriginalFilename(), LetterController.bytes(file));
			flash.addFlashAttribute("flash", text("web.letter.admin.uploaded", form, version.templateVersion()));
		}
		catch (PantauException ex) {
			flash.addFlashAttribute("flashError", text(ex.messageKey(), ex.args()));
		}
		return "redirect:/admin/letter-templates";
	}

	private PantauUser admin() {
		PantauUser user = this.currentUser.get();
		this.policy.requireAnyRole(user, Groups.ADMIN);
		return user;
	}

	private static List<String> forms() {
		return Arrays.stream(LetterType.values()).flatMap((t) -> t.forms().stream()).toList();
	}

	private List<String> regionCodes() {
		List<String> codes = new ArrayList<>();
		codes.add(LetterTemplates.EVERY_REGION);
		this.regions.all().stream().map(Region::code).forEach(codes::add);
		return codes;
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
