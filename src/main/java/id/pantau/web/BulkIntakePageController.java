package id.pantau.web;

import java.io.IOException;

import id.pantau.bulkintake.BulkImports;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionChoice;
import id.pantau.identity.Regions;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk intake on the page ("Impor daftar"): an intake officer uploads a list of
 * recommendations for his region and follows its progress and per-row report;
 * administrators of the region read.
 */
@Controller
class BulkIntakePageController {

	/** Most report rows shown on the page (refused first); the CSV has them all. */
	static final int REPORT_ON_PAGE = 500;

	private final BulkImports imports;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final Regions regions;

	private final FormErrors errors;

	BulkIntakePageController(BulkImports imports, CurrentUser currentUser, AccessPolicy policy, Regions regions,
			FormErrors errors) {
		this.imports = imports;
		this.currentUser = currentUser;
		this.policy = policy;
		this.regions = regions;
		this.errors = errors;
	}

	@GetMapping("/intake/imports")
	ModelAndView overview(@RequestParam(required = false) String region) {
		PantauUser me = this.currentUser.get();
		return overview(me, region(me, region), null);
	}

	@PostMapping("/intake/imports")
	ModelAndView upload(@RequestParam(required = false) String region,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		PantauUser me = this.currentUser.get();
		String chosen = region(me, region);
		try {
			BulkImports.ImportStatus started = this.imports.start(me, chosen,
					(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : new byte[0]);
			flash.addFlashAttribute("flash", this.errors.text("web.bulk.started", started.rowsTotal()));
			return new ModelAndView("redirect:/intake/imports/" + started.importId());
		}
		catch (InvalidInputException ex) {
			ModelAndView page = overview(me, chosen, this.errors.text(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	@GetMapping("/intake/imports/{id}")
	ModelAndView importPage(@PathVariable long id) {
		ModelAndView page = new ModelAndView("web/bulk-import");
		report(page, this.currentUser.get(), id);
		return page;
	}

	/**
	 * The progress block alone, which the import's page asks for every second while it
	 * runs; once done it brings the report.
	 */
	@GetMapping("/intake/imports/{id}/progress")
	ModelAndView progress(@PathVariable long id) {
		ModelAndView block = new ModelAndView("web/bulk-import :: progress");
		report(block, this.currentUser.get(), id);
		return block;
	}

	@GetMapping("/intake/imports/{id}/report.csv")
	ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
		byte[] csv = this.imports.reportCsv(this.currentUser.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("laporan-daftar-" + id + ".csv").build().toString())
			.body(csv);
	}

	private void report(ModelAndView page, PantauUser me, long id) {
		BulkImports.ImportStatus status = this.imports.status(me, id);
		page.addObject("status", status);
		page.addObject("report",
				"RUNNING".equals(status.status()) ? null : this.imports.report(me, id, null, true, 0, REPORT_ON_PAGE));
	}

	private ModelAndView overview(PantauUser me, String region, String fileError) {
		ModelAndView page = new ModelAndView("web/bulk-imports");
		page.addObject("region", region);
		page.addObject("regions", this.regions.all().stream().filter((r) -> me.inRegion(r.code())).toList());
		page.addObject("imports", this.imports.list(me, region, 0, 20).content());
		page.addObject("mayUpload", me.hasRole(Groups.INTAKE));
		page.addObject("fileError", fileError);
		return page;
	}

	private String region(PantauUser me, String region) {
		return RegionChoice.askedOrFirst(this.policy, me, region, "bulk.region.required");
	}

}
