package id.pantau.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionChoice;
import id.pantau.identity.Regions;
import id.pantau.oversight.Csv;
import id.pantau.pledges.CampaignDocuments;
import id.pantau.pledges.Campaigns;
import id.pantau.pledges.Coverage;
import id.pantau.pledges.ImportKind;
import id.pantau.pledges.PledgeImports;
import id.pantau.pledges.PledgeKind;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.UnreadablePayloadException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Integrity pacts and pledges on the page ("Pakta & ikrar"): the region's coverage per
 * unit, its campaigns, and the imports of units and signatories with their progress and
 * report. Personnel staff (hr) and administrators record; the other roles of the region
 * read.
 */
@Controller
class PledgesPageController {

	/** Most report rows shown on the page; the CSV has them all. */
	static final int REPORT_ON_PAGE = 500;

	private final Campaigns campaigns;

	private final CampaignDocuments documents;

	private final PledgeImports imports;

	private final Coverage coverage;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	private final Regions regions;

	private final FormErrors errors;

	private final Validator validator;

	private final ObjectMapper json;

	PledgesPageController(Campaigns campaigns, CampaignDocuments documents, PledgeImports imports, Coverage coverage,
			CurrentUser currentUser, AccessPolicy policy, Regions regions, FormErrors errors, Validator validator,
			ObjectMapper json) {
		this.json = json;
		this.campaigns = campaigns;
		this.documents = documents;
		this.imports = imports;
		this.coverage = coverage;
		this.currentUser = currentUser;
		this.policy = policy;
		this.regions = regions;
		this.errors = errors;
		this.validator = validator;
	}

	@GetMapping("/pledges")
	ModelAndView overview(@RequestParam(required = false) String region) {
		PantauUser me = this.currentUser.get();
		return overview(me, region(me, region), Map.of(), null);
	}

	@PostMapping("/pledges/campaigns")
	ModelAndView create(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		PantauUser me = this.currentUser.get();
		String region = region(me, form.getFirst("region"));
		try {
			form.set("region", region);
			Campaigns.NewCampaign campaign = this.json.treeToValue(FormPayload.of(form, this.json),
					Campaigns.NewCampaign.class);
			var violations = this.validator.validate(campaign);
			if (!violations.isEmpty()) {
				throw new ConstraintViolationException(violations);
			}
			Campaigns.Campaign created = this.campaigns.create(me, campaign);
			flash.addFlashAttribute("flash", this.errors.text("web.pledges.campaign.created", created.title()));
			return new ModelAndView("redirect:/pledges/campaigns/" + created.campaignId());
		}
		catch (JsonProcessingException ex) {
			return refused(me, region, new UnreadablePayloadException(ex), form);
		}
		catch (RuntimeException ex) {
			return refused(me, region, ex, form);
		}
	}

	private ModelAndView refused(PantauUser me, String region, RuntimeException ex,
			MultiValueMap<String, String> form) {
		Map<String, String> fields = this.errors.of(ex);
		if (fields == null) {
			throw ex;
		}
		ModelAndView page = overview(me, region, fields, form);
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	@GetMapping("/pledges/campaigns/{id}")
	ModelAndView campaign(@PathVariable long id) {
		PantauUser me = this.currentUser.get();
		return campaignPage(me, this.campaigns.get(me, id), null);
	}

	/**
	 * Records the scan of the campaign's signed document and shows the campaign again.
	 */
	@PostMapping("/pledges/campaigns/{id}/document")
	ModelAndView addDocument(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		PantauUser me = this.currentUser.get();
		Campaigns.Campaign campaign = this.campaigns.get(me, id);
		try {
			CampaignDocuments.CampaignDocument added = this.documents.add(me, id, name(file), bytes(file));
			flash.addFlashAttribute("flash",
					this.errors.text("web.pledges.document.uploaded", added.sha256().substring(0, 12)));
			return new ModelAndView("redirect:/pledges/campaigns/" + id);
		}
		catch (InvalidInputException ex) {
			ModelAndView page = campaignPage(me, campaign, null);
			page.addObject("documentError", this.errors.text(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	@GetMapping("/pledges/campaigns/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		return this.documents.download(this.currentUser.get(), id).asAttachment();
	}

	@PostMapping("/pledges/units")
	ModelAndView importUnits(@RequestParam(required = false) String region,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		PantauUser me = this.currentUser.get();
		String chosen = region(me, region);
		try {
			PledgeImports.ImportStatus started = this.imports.start(me, chosen, ImportKind.UNITS, null, name(file),
					bytes(file));
			return started(started, flash);
		}
		catch (InvalidInputException ex) {
			ModelAndView page = overview(me, chosen, Map.of("unitsFile", this.errors.text(ex)), null);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	@PostMapping("/pledges/campaigns/{id}/signatories")
	ModelAndView importSignatories(@PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		PantauUser me = this.currentUser.get();
		Campaigns.Campaign campaign = this.campaigns.get(me, id);
		try {
			PledgeImports.ImportStatus started = this.imports.start(me, campaign.region(), ImportKind.SIGNATORIES, id,
					name(file), bytes(file));
			return started(started, flash);
		}
		catch (InvalidInputException ex) {
			ModelAndView page = campaignPage(me, campaign, this.errors.text(ex));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
	}

	@GetMapping("/pledges/imports/{id}")
	ModelAndView importPage(@PathVariable long id) {
		PantauUser me = this.currentUser.get();
		PledgeImports.ImportStatus status = this.imports.status(me, id);
		ModelAndView page = new ModelAndView("web/pledge-import");
		page.addObject("status", status);
		List<PledgeImports.ReportRow> report = this.imports.report(me, id);
		page.addObject("refused",
				report.stream().filter((r) -> "REFUSED".equals(r.outcome())).limit(REPORT_ON_PAGE).toList());
		page.addObject("campaign", (status.campaignId() != null) ? this.campaigns.get(me, status.campaignId()) : null);
		return page;
	}

	/**
	 * The progress block alone, which the import's page asks for every second while it
	 * runs.
	 */
	@GetMapping("/pledges/imports/{id}/progress")
	ModelAndView progress(@PathVariable long id) {
		PantauUser me = this.currentUser.get();
		ModelAndView block = new ModelAndView("web/pledge-import :: progress");
		block.addObject("status", this.imports.status(me, id));
		return block;
	}

	@GetMapping("/pledges/imports/{id}/report.csv")
	ResponseEntity<byte[]> reportCsv(@PathVariable long id) {
		PantauUser me = this.currentUser.get();
		Csv csv = new Csv().row(this.errors.text("web.pledges.report.row"), this.errors.text("web.pledges.report.key"),
				this.errors.text("web.pledges.report.name"), this.errors.text("web.pledges.report.outcome"),
				this.errors.text("web.pledges.report.field"), this.errors.text("web.pledges.report.reason"));
		for (PledgeImports.ReportRow r : this.imports.report(me, id)) {
			csv.row(r.row(), r.key(), r.name(), this.errors.text("enum.RowOutcome." + r.outcome()), r.field(),
					(r.reason() != null) ? this.errors.text(r.reason(), r.reasonArg()) : "");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("laporan-impor-" + id + ".csv").build().toString())
			.body(csv.bytes());
	}

	private ModelAndView started(PledgeImports.ImportStatus started, RedirectAttributes flash) {
		flash.addFlashAttribute("flash", this.errors.text("web.pledges.import.started", started.rowsTotal()));
		return new ModelAndView("redirect:/pledges/imports/" + started.importId());
	}

	private ModelAndView overview(PantauUser me, String region, Map<String, String> fieldErrors,
			MultiValueMap<String, String> form) {
		ModelAndView page = new ModelAndView("web/pledges");
		page.addObject("region", region);
		page.addObject("regions", this.regions.all().stream().filter((r) -> me.inRegion(r.code())).toList());
		page.addObject("coverage", this.coverage.of(me, region, null));
		page.addObject("campaigns", this.campaigns.list(me, region, 0, 50).content());
		page.addObject("imports", this.imports.list(me, region, 0, 10).content());
		page.addObject("mayRecord", mayRecord(me));
		page.addObject("kinds", PledgeKind.values());
		page.addObject("errors", fieldErrors);
		page.addObject("form", (form != null) ? form : new org.springframework.util.LinkedMultiValueMap<>());
		return page;
	}

	private ModelAndView campaignPage(PantauUser me, Campaigns.Campaign campaign, String fileError) {
		ModelAndView page = new ModelAndView("web/pledge-campaign");
		page.addObject("campaign", campaign);
		page.addObject("mayRecord", mayRecord(me));
		page.addObject("fileError", fileError);
		page.addObject("document", this.documents.current(me, campaign.campaignId()).orElse(null));
		return page;
	}

	private static boolean mayRecord(PantauUser me) {
		return me.hasRole(Groups.HR) || me.hasRole(Groups.ADMIN);
	}

	private String region(PantauUser me, String region) {
		return RegionChoice.askedOrFirst(this.policy, me, region, "pledges.region.required");
	}

	private static String name(MultipartFile file) {
		return (file != null) ? file.getOriginalFilename() : null;
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return (file != null) ? file.getBytes() : new byte[0];
	}

}
