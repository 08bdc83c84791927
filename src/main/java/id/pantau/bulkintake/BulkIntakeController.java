package id.pantau.bulkintake;

import java.io.IOException;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionChoice;
import id.pantau.shared.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk intake's API: upload a list of recommendations for a region (intake of the
 * region), follow its progress and read its report (intake and admin of the region).
 */
@RestController
@RequestMapping("/api/intake/imports")
@Tag(name = "Bulk intake", description = "Lists of recommendations (Bawaslu, BKN) registered as cases")
@Validated
class BulkIntakeController {

	private final BulkImports imports;

	private final CurrentUser currentUser;

	private final AccessPolicy policy;

	BulkIntakeController(BulkImports imports, CurrentUser currentUser, AccessPolicy policy) {
		this.imports = imports;
		this.currentUser = currentUser;
		this.policy = policy;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Upload a list (CSV or XLSX) whose rows become cases of the region; answers at once, the "
			+ "rows are registered in the background")
	BulkImports.ImportStatus upload(@RequestParam(required = false) String region,
			@RequestPart("file") MultipartFile file) throws IOException {
		PantauUser user = this.currentUser.get();
		return this.imports.start(user, region(user, region), file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping
	@Operation(summary = "Lists uploaded for a region, newest first")
	PageView<BulkImports.ImportStatus> list(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		PantauUser user = this.currentUser.get();
		return this.imports.list(user, region(user, region), page, size);
	}

	@GetMapping("/{importId}")
	@Operation(summary = "How an import stands: status, rows done of rows total, accepted, unchanged, refused")
	BulkImports.ImportStatus status(@PathVariable long importId) {
		return this.imports.status(this.currentUser.get(), importId);
	}

	@GetMapping("/{importId}/report")
	@Operation(summary = "The answer per row, in the file's order: accepted with the new case number, unchanged "
			+ "naming the case, or refused with the reason and the column")
	PageView<BulkImports.ReportRow> report(@PathVariable long importId, @RequestParam(required = false) Outcome outcome,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
		return this.imports.report(this.currentUser.get(), importId, outcome, false, page, size);
	}

	@GetMapping(path = "/{importId}/report.csv", produces = "text/csv")
	@Operation(summary = "The whole report as CSV")
	ResponseEntity<byte[]> reportCsv(@PathVariable long importId) {
		return csv(importId, this.imports.reportCsv(this.currentUser.get(), importId));
	}

	/** The report as a download, named after the import. */
	private static ResponseEntity<byte[]> csv(long importId, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("laporan-daftar-" + importId + ".csv").build().toString())
			.body(body);
	}

	/** The region asked for, or the caller's only one. */
	private String region(PantauUser user, String region) {
		return RegionChoice.askedOrOnly(this.policy, user, region, "bulk.region.required");
	}

}
