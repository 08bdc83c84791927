package id.pantau.pledges;

import java.io.IOException;
import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionChoice;
import id.pantau.intake.Nips;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pledge registry's API: campaigns, imports of units and signatories with their
 * progress and report, coverage, and the signatures of one employee. Recording
 * (campaigns, imports) is for personnel staff (hr) and administrators of the region;
 * reading is for every role of the region.
 */
@RestController
@RequestMapping("/api/pledges")
@Tag(name = "Pledges", description = "Integrity pacts and neutrality pledges: campaigns, signatories, units, coverage")
@Validated
class PledgeController {

	private final Campaigns campaigns;

	private final CampaignDocuments documents;

	private final PledgeImports imports;

	private final Coverage coverage;

	private final PledgeRegistry registry;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	PledgeController(Campaigns campaigns, CampaignDocuments documents, PledgeImports imports, Coverage coverage,
			PledgeRegistry registry, CurrentUser currentUser, AccessPolicy policy) {
		this.campaigns = campaigns;
		this.documents = documents;
		this.imports = imports;
		this.coverage = coverage;
		this.registry = registry;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@PostMapping("/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a pledge or pact campaign (hr, admin of the region)")
	Campaigns.Campaign create(@Valid @RequestBody Campaigns.NewCampaign campaign) {
		return this.campaigns.create(this.currentUser.get(), campaign);
	}

	@GetMapping("/campaigns")
	@Operation(summary = "Campaigns of a region, newest first")
	PageView<Campaigns.Campaign> campaigns(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PantauUser user = this.currentUser.get();
		return this.campaigns.list(user, region(user, region), page, size);
	}

	@GetMapping("/campaigns/{campaignId}")
	@Operation(summary = "One campaign")
	Campaigns.Campaign campaign(@PathVariable long campaignId) {
		return this.campaigns.get(this.currentUser.get(), campaignId);
	}

	@PostMapping(path = "/campaigns/{campaignId}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the scan of a campaign's signed document (PDF, JPEG or PNG; hr, admin of the "
			+ "region); it replaces the one shown, every upload is kept")
	CampaignDocuments.CampaignDocument addDocument(@PathVariable long campaignId,
			@RequestPart("file") MultipartFile file) throws IOException {
		return this.documents.add(this.currentUser.get(), campaignId, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/campaigns/{campaignId}/document")
	@Operation(summary = "The campaign's scanned document shown now, with its SHA-256 in X-Content-SHA256")
	ResponseEntity<byte[]> document(@PathVariable long campaignId) {
		return this.documents.download(this.currentUser.get(), campaignId).asAttachment();
	}

	@PostMapping(path = "/campaigns/{campaignId}/signatories", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Import a campaign's signatories from CSV or XLSX (columns NIP, Nama, Unit; Jabatan and "
			+ "Tanggal optional); answers at once, the rows are recorded in the background")
	PledgeImports.ImportStatus importSignatories(@PathVariable long campaignId, @RequestPart("file") MultipartFile file)
			throws IOException {
		PantauUser user = this.currentUser.get();
		Campaigns.Campaign campaign = this.campaigns.get(user, campaignId);
		return this.imports.start(user, campaign.region(), ImportKind.SIGNATORIES, campaignId,
				file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping(path = "/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Import a region's units (OPD) and their headcount from CSV or XLSX (columns Unit, "
			+ "Jumlah Pegawai); answers at once, the rows are recorded in the background")
	PledgeImports.ImportStatus importUnits(@RequestParam(required = false) String region,
			@RequestPart("file") MultipartFile file) throws IOException {
		PantauUser user = this.currentUser.get();
		return this.imports.start(user, region(user, region), ImportKind.UNITS, null, file.getOriginalFilename(),
				file.getBytes());
	}

	@GetMapping("/imports")
	@Operation(summary = "Imports of a region, newest first")
	PageView<PledgeImports.ImportStatus> imports(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PantauUser user = this.currentUser.get();
		return this.imports.list(user, region(user, region), page, size);
	}

	@GetMapping("/imports/{importId}")
	@Operation(summary = "How an import stands: status, rows done of rows total, accepted, unchanged, refused")
	PledgeImports.ImportStatus importStatus(@PathVariable long importId) {
		return this.imports.status(this.currentUser.get(), importId);
	}

	@GetMapping("/imports/{importId}/report")
	@Operation(summary = "The import's answer per row: accepted, unchanged or refused with the reason")
	List<PledgeImports.ReportRow> report(@PathVariable long importId) {
		return this.imports.report(this.currentUser.get(), importId);
	}

	@GetMapping("/coverage")
	@Operation(summary = "Signed against headcount, per unit of a region and in total")
	Coverage.RegionCoverage coverage(@RequestParam(required = false) String region,
			@RequestParam(required = false) PledgeKind kind) {
		PantauUser user = this.currentUser.get();
		return this.coverage.of(user, region(user, region), kind);
	}

	@GetMapping("/signatures/{employeeNip}")
	@Operation(summary = "The campaigns an employee signed, in the caller's regions, newest first")
	List<PledgeRegistry.Signature> signatures(@PathVariable String employeeNip) {
		PantauUser user = this.currentUser.get();
		if (Nips.problem(employeeNip, BusinessTime.today(java.time.ZoneId.of("Asia/Jakarta"))).isPresent()) {
			throw new InvalidInputException("employeeNip", "nip.format");
		}
		return this.registry.signaturesOf(employeeNip).stream().filter((s) -> user.inRegion(s.region())).toList();
	}

	/** The region asked for, or the caller's only one. */
	private String region(PantauUser user, String region) {
		return RegionChoice.askedOrOnly(this.policy, user, region, "pledges.region.required");
	}

}
