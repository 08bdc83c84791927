package id.pantau.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.PledgeWalk;
import id.pantau.TestCalendar;
import id.pantau.intake.CaseDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route walked by the demo users in a real browser (headless Chromium), at the width
 * of the subclass's browser: {@link WebInterfaceBrowserTests} on a laptop (1366x768),
 * {@link PhoneWebInterfaceBrowserTests} on a phone (390x844). Every page visited is
 * checked with axe-core ({@link Browser#checkAccessibility()}). Steps the issue does not
 * ask to see in the browser are set up through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
abstract class WebJourneys {

	Browser browser;

	/** The browser of the subclass, at its width. */
	abstract Browser browser();

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	CaseDirectory cases;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void pointBrowser() {
		this.browser = browser().at(this.port);
	}

	@Test
	void intakeRegistersACaseAddsEvidenceAndIsWarnedOfADuplicate() throws IOException {
		String reference = CaseWalk.uniqueReference();
		browser.loginAs("intake-prob").nav("nav-register");
		fillRegistration(reference, CaseWalk.uniqueNip());
		browser.click("register");

		assertThat(browser.text("flash")).contains("terdaftar");
		openSummary();
		String number = browser.text("case-number");
		assertThat(number).startsWith("PROB-");
		assertThat(browser.text("employee-name")).isEqualTo("Wahyu Prasetyo Fiktif");
		assertThat(browser.text("current-steps")).contains("Verifikasi laporan");

		Path evidence = Files.writeString(Files.createTempFile("bukti-", ".txt"), "Tangkapan layar unggahan kampanye");
		String name = evidence.getFileName().toString();
		browser.visible(browser.find("evidence-file")).sendKeys(evidence.toString());
		browser.click("add-document");
		assertThat(browser.text("flash")).contains(name).contains("SHA-256");
		assertThat(browser.text("documents")).contains(name);
		Files.delete(evidence);

		browser.open("/cases/new");
		fillRegistration(reference, CaseWalk.uniqueNip());
		browser.click("register");
		assertThat(browser.text("duplicate")).contains("sudah terdaftar");
		browser.click("existing-case");
		openSummary();
		assertThat(browser.text("case-number")).isEqualTo(number);
	}

	@Test
	void inspekturAssignsTheTeamFromHisQueue() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		browser.loginAs("inspektur-prob").open("/work?view=group");
		browser.waitFor(By.cssSelector("tr[data-case='" + walk.caseNumber() + "'] a")).click();
		browser.click("claim");
		assertThat(browser.text("flash")).contains("sekarang Anda kerjakan");
		assertThat(browser.text("members")).as("inspectors of the region by name")
			.contains("Bambang Wicaksono", "Rina Oktaviani")
			.doesNotContain("insp1-prob", "Yuliana Maharani");
		browser.check("members-insp1-prob").click("complete");

		assertThat(browser.text("flash")).contains("selesai");
		assertThat(browser.url()).as("back on the action list").endsWith("/");
		browser.click("flash-case");
		assertThat(browser.text("investigation")).contains("Bambang Wicaksono (Inspektur Pembantu)")
			.doesNotContain("insp1-prob");
		assertThat(walk.steps()).containsExactly("Task_IssueSummons");
	}

	@Test
	void inspectorClaimsAndCompletesTheInvestigationSteps() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob");
		LocalDate issued = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		// a working day in the past: attendance is recorded once the hearing has begun
		LocalDate hearing = TestCalendar.workingDaysAfter(issued, 14);
		browser.loginAs("insp1-prob").open("/work?view=group");
		browser.waitFor(By.cssSelector("tr[data-case='" + walk.caseNumber() + "'] a")).click();

		claim("Surat panggilan");
		browser.type("letterNumber", "700/WEB/" + walk.caseNumber())
			.setValue("issuedOn", issued.toString())
			.setValue("hearingAt", hearing + "T09:00")
			.type("place", "Kantor Inspektorat")
			.click("complete");
		nextStep(walk, "Catat kehadiran");
		browser.check("attended-true");
		browser.click("complete");
		nextStep(walk, "Pemeriksaan (BAP)");
		browser.setValue("examinedOn", hearing.toString()).type("summary", "Pegawai mengakui unggahan itu.");
		browser.check("signedByEmployee-true");
		browser.click("complete");
		nextStep(walk, "Penyusunan LHP");
		browser.check("proven-true");
		browser.check("actsProven-SOCMED_INTERACT");
		browser.check("aggravation.repeatOffence");
		// the table's recommendation, live: htmx replaces the block on every tick, so the
		// element is found again on each poll
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBe(By.id("live-level"), "Hukuman disiplin berat"));
		browser.select("recommendedSanction", "WRITTEN_REPRIMAND");
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-deviation"), "Di luar rekomendasi"));
		browser.type("findings", "Terbukti membagikan unggahan kampanye.")
			.type("legalBasis", "PP 94/2021 Pasal 5 huruf n")
			.select("recommendedSanction", "DEMOTION_12_MONTHS");
		// wait for htmx to swap the block for the new choice, so that the page stops
		// moving
		// before the click (a click during the swap can land beside the button)
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("live-deviation"), "Sesuai rekomendasi tabel sanksi"));
		browser.click("complete");

		assertThat(browser.text("flash")).contains("Penyusunan LHP").contains("selesai");
		browser.click("flash-case");
		assertThat(browser.text("investigation")).contains("PP 94/2021 Pasal 5 huruf n");
		assertThat(walk.steps()).containsExactly("Task_ReviewReport");
	}

	@Test
	void inspekturApprovesTheReport() {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo")
			.act("insp1-prob", "Task_WriteReport",
					Map.of("proven", true, "actsProven", java.util.List.of("SOCMED_INTERACT"), "findings", "Terbukti.",
							"legalBasis", "PP 94/2021 Pasal 5 huruf n", "recommendedSanction", "DEMOTION_12_MONTHS"));
		browser.loginAs("inspektur-prob").open("/tasks/" + walk.taskId("Task_ReviewReport"));
		assertThat(browser.text("report")).contains("Terbukti").contains("PP 94/2021 Pasal 5 huruf n");
		browser.click("claim");
		formComesFirstOnAPhone();
		browser.check("approved-true");
		browser.click("complete");

		assertThat(browser.text("flash")).contains("Reviu LHP");
		assertThat(walk.steps()).containsExactly("Task_DraftDecision");
	}

	@Test
	void hrSeesAProposedSanctionOutsideTheRecommendationFlaggedAsHePicksIt() {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo").writeReport(true).review(true);
		browser.loginAs("hr-prob").open("/tasks/" + walk.taskId("Task_DraftDecision"));
		browser.click("claim");
		formComesFirstOnAPhone();

		browser.select("proposedSanction", "DEMOTION_12_MONTHS");
		assertThat(browser.has(By.cssSelector("#draft-deviation:not([hidden])")))
			.as("a sanction the table recommends is not flagged")
			.isFalse();
		browser.select("proposedSanction", "WRITTEN_REPRIMAND");
		assertThat(browser.text("draft-deviation")).contains("Di luar rekomendasi tabel sanksi")
			.contains("Penurunan jabatan");
	}

	@Test
	void ppkSeesTheRecommendationConfirmsAndApproves() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("ppk-prob").open("/work?view=group");
		browser.waitFor(By.cssSelector("tr[data-case='" + walk.caseNumber() + "'] a")).click();
		assertThat(browser.text("recommended-sanction")).contains("Penurunan jabatan");
		assertThat(browser.text("legal-basis")).isEqualTo("PP 94/2021 Pasal 5 huruf n");
		assertThat(browser.text("table-recommendation")).contains("Hukuman disiplin berat");
		browser.click("claim");
		browser.select("outcome", "APPROVE")
			.type("decreeNumber", "800/SK/" + walk.caseNumber())
			.setValue("decidedOn", LocalDate.now().toString())
			.click("complete");

		assertThat(browser.text("confirm-warning")).contains("tidak dapat diubah");
		assertThat(browser.text("confirm-summary")).contains("Setujui rancangan").contains("800/SK/");
		assertThat(walk.steps()).as("nothing is signed before the confirmation").containsExactly("Task_DecideSanction");
		browser.click("sign");

		assertThat(browser.text("flash")).contains("Keputusan PPK").contains("selesai");
		browser.click("flash-case");
		assertThat(browser.text("decision-outcome")).isEqualTo("Setujui rancangan");
		assertThat(walk.steps()).containsExactly("Task_DeliverDecision");
	}

	@Test
	void ppkDeviatesFromTheRecommendationWithAReasonAndSeesTheDecisionBeforeSigning() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("ppk-prob").open("/tasks/" + walk.taskId("Task_DecideSanction"));
		actionComesFirstOnAPhone("claim");
		browser.click("claim");
		formComesFirstOnAPhone();
		assertThat(browser.find("outcome").isDisplayed()).isTrue();
		browser.select("outcome", "APPROVE");
		assertThat(browser.has(By.cssSelector("#deviation:not([hidden])")))
			.as("the draft follows the recommendation: no deviation reason asked")
			.isFalse();
		browser.select("outcome", "CHANGE").select("sanction", "WRITTEN_REPRIMAND");
		assertThat(browser.text("deviation")).contains("Alasan menyimpang dari rekomendasi")
			.contains("Penurunan jabatan");
		browser.type("reason", "Pegawai baru pertama kali melanggar.")
			.type("deviationReason", "Pelanggaran ringan dan segera dihapus.")
			.type("decreeNumber", "800/SK/" + walk.caseNumber())
			.setValue("decidedOn", TestCalendar.today().toString())
			.click("complete");

		assertThat(browser.text("confirm-summary")).contains("Teguran tertulis")
			.contains("800/SK/" + walk.caseNumber())
			.contains("Budi Santoso Fiktif")
			.contains("Pelanggaran ringan dan segera dihapus.");
		assertThat(browser.text("confirm-deviates")).isEqualTo("Di luar rekomendasi tabel sanksi");
		assertThat(walk.steps()).as("nothing is signed before the confirmation").containsExactly("Task_DecideSanction");
		browser.click("sign");

		assertThat(browser.text("flash")).contains("Keputusan PPK").contains("selesai");
		assertThat(walk.steps()).containsExactly("Task_DeliverDecision");
	}

	@Test
	void ppkRejectsTheDraftWithReasons() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("ppk-prob").open("/tasks/" + walk.taskId("Task_DecideSanction"));
		browser.click("claim");
		browser.select("outcome", "REJECT");
		browser.type("reason", "Bukti belum cukup.")
			.type("deviationReason", "Tidak ada hukuman yang layak dijatuhkan.")
			.setValue("decidedOn", TestCalendar.today().toString())
			.click("complete");
		assertThat(browser.text("confirm-sanction")).isEqualTo("Tidak ada hukuman (rancangan ditolak)");
		browser.click("sign");
		browser.click("flash-case");

		assertThat(browser.text("decision-outcome")).isEqualTo("Tolak (dengan alasan)");
	}

	@Test
	void ppkIsStoppedBeforeSigningADecisionWithoutNumberAndSeesWhy() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("ppk-prob").open("/tasks/" + walk.taskId("Task_DecideSanction"));
		browser.click("claim");
		browser.select("outcome", "APPROVE").setValue("decidedOn", TestCalendar.today().toString()).click("complete");

		assertThat(browser.has(By.id("sign"))).as("no confirmation of an incomplete decision").isFalse();
		assertThat(browser.text("error-summary")).contains("Ada yang perlu diperbaiki")
			.contains("nomor SK wajib diisi");
		assertThat(browser.text("error-decreeNumber")).isEqualTo("nomor SK wajib diisi");
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(browser.find("decreeNumber").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(walk.steps()).containsExactly("Task_DecideSanction");
	}

	@Test
	void auditorDownloadsTheDossierAndTheExportsWithinHisSession() throws Exception {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("auditor").open("/cases/" + walk.caseNumber());
		byte[] pdf = download(browser.find("download-dossier").getAttribute("href"));
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		browser.open("/audit");
		browser.type("employeeNip", walk.nip()).click("search");
		byte[] xlsx = download(browser.find("export-xlsx").getAttribute("href"));
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nomor perkara");
			assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("NIP");
			var nip = sheet.getRow(1).getCell(5);
			assertThat(nip.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(nip.getStringCellValue()).isEqualTo(walk.nip());
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kabupaten Probolinggo");
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(6))).isTrue();
		}
		String csv = new String(download(browser.find("export-csv").getAttribute("href")),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("Nomor perkara,Wilayah,").contains(walk.caseNumber() + ",Kabupaten Probolinggo,");
		// the record is written once the response is sent
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select subject from audit_log where action = 'PERSONAL_DATA_READ' and actor = 'auditor'",
					String.class))
				.as("each download is on record, as the API's are")
				.anySatisfy(
						(subject) -> assertThat(subject).startsWith("GET /cases/" + walk.caseNumber() + "/dossier.pdf"))
				.anySatisfy((subject) -> assertThat(subject).startsWith("GET /audit/cases.xlsx"))
				.anySatisfy((subject) -> assertThat(subject).startsWith("GET /audit/cases.csv")));
	}

	@Test
	void repeatViewOfACasePageTransfersAtMost100Kilobytes() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("auditor").open("/cases/" + walk.caseNumber());
		browser.find("history");
		browser.open("/cases/" + walk.caseNumber());
		browser.find("history");
		long bytes = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
					.reduce(function (sum, e) { return sum + (e.transferSize || 0); }, 0);""")).longValue();
		System.out.println("Repeat view of a case page transferred " + bytes + " bytes");
		assertThat(bytes).as("bytes transferred by a repeat view of a case page").isLessThanOrEqualTo(100 * 1024);
	}

	@Test
	void auditorFindsTheCaseAndReadsItsHistoryAndDiagram() {
		CaseWalk walk = CaseWalk.drafted(this.rest, "probolinggo");
		browser.loginAs("auditor").nav("nav-audit");
		browser.type("caseNumber", walk.caseNumber()).click("search");
		assertThat(browser.text("found")).startsWith("1 ");
		browser.visible(browser.waitFor(By.linkText(walk.caseNumber()))).click();

		String history = browser.text("history");
		assertThat(history).as("one line per event, in words, people by name and position")
			.contains("Perkara didaftarkan", "Tim pemeriksa dibentuk: Bambang Wicaksono, Rina Oktaviani",
					"Surat panggilan 700/" + walk.caseNumber() + " diterbitkan", "LHP disusun: terbukti",
					"oleh Dewi Lestariningsih (BKPSDM)", "oleh Bambang Wicaksono (Inspektur Pembantu)",
					"Rancangan SK 800/")
			.doesNotContain("hr-prob", "insp1-prob", "NeutralityCase#", "\"payload\"");
		assertThat(browser.driver().findElements(By.cssSelector("#history details"))).as("detail folded for auditors")
			.isNotEmpty()
			.allSatisfy((d) -> assertThat(d.getAttribute("open")).isNull());
		browser.click("history-tasks");
		assertThat(browser.text("history")).contains("Tugas Pemeriksaan (BAP) diambil");
		assertThat(browser.find("history-tasks").getAttribute("aria-current")).isEqualTo("true");
		assertThat(browser.driver().findElements(By.cssSelector("form[action*='/complete'], #claim"))).isEmpty();
		assertThat(browser.find("diagram-section").findElement(By.className("diagram")).getAttribute("data-rendered"))
			.as("drawn only when asked")
			.isNull();
		browser.visible(browser.find("show-diagram")).click();
		WebElement diagram = browser.find("diagram-0");
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
			.until(ExpectedConditions.attributeToBeNotEmpty(diagram, "data-rendered"));
		assertThat(diagram.getAttribute("data-rendered")).isEqualTo("true");
		assertThat(diagram.findElements(By.cssSelector("[data-element-id='Task_DecideSanction'].highlight")))
			.hasSize(1);
	}

	@Test
	void inspectorOfAnotherRegionDoesNotSeeTheCaseAndIsRefusedByUrl() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo").accept();
		String taskId = walk.taskId("Task_AssignTeam");
		browser.loginAs("inspektur-pmk").open("/work?view=group");
		assertThat(browser.has(By.cssSelector("tr[data-case='" + walk.caseNumber() + "']"))).isFalse();

		browser.open("/cases/" + walk.caseNumber());
		assertThat(browser.text("error-message")).contains("di luar wilayah Anda");
		browser.open("/tasks/" + taskId);
		assertThat(browser.text("error-message")).contains("di luar wilayah Anda");
		assertThat(walk.assignee("Task_AssignTeam")).isNull();
	}

	@Test
	void formWithBadInputShowsTheMessageAndSavesNothing() {
		long before = this.cases.count();
		browser.loginAs("intake-prob").open("/cases/new");
		fillRegistration(CaseWalk.uniqueReference(), "12345");
		browser.click("register");

		assertThat(browser.text("error-employee.nip")).isEqualTo("NIP harus 18 angka");
		assertThat(browser.find("employee.name").getAttribute("value")).isEqualTo("Wahyu Prasetyo Fiktif");
		assertThat(this.cases.count()).isEqualTo(before);
	}

	@Test
	void languageSwitchTurnsEveryTextToEnglishAndBack() {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		assertThat(browser.find("login").getText()).isEqualTo("Masuk");
		browser.nav("lang-en");
		assertThat(browser.find("login").getText()).isEqualTo("Log in");
		browser.type("username", "ppk-prob").type("password", "Pantau#Demo2024").click("login");

		assertThat(browser.text("home-intro")).contains("The most urgent first");
		browser.nav("nav-work");
		assertThat(browser.text("tab-group")).isEqualTo("Group queue");
		browser.nav("lang-id");
		assertThat(browser.text("tab-group")).isEqualTo("Antrean kelompok");
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return typeof htmx"))
			.as("htmx loads under the Content-Security-Policy")
			.isEqualTo("object");
	}

	/** A GET with the browser's session cookie, as a click on the link would send. */
	@Test
	void ppkFollowsTheDashboardItsChartsAndDownloadsWhatItShows() throws Exception {
		String unit = "Dinas Dasbor " + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Map<String, Object> registration = CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(),
				CaseWalk.uniqueNip());
		@SuppressWarnings("unchecked")
		Map<String, Object> employee = (Map<String, Object>) registration.get("employee");
		employee.put("unit", unit);
		assertThat(Api.as(this.rest, "intake-prob").post("/api/cases", registration).getStatusCode().value())
			.isEqualTo(201);

		browser.loginAs("ppk-prob").nav("nav-dashboard");
		assertThat(browser.text("by-unit")).contains(unit);
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"return Chart.getChart(document.querySelector('canvas[data-table=\"by-unit\"]')) !== undefined"))
			.as("the chart is drawn from the table")
			.isEqualTo(true);
		byte[] xlsx = download(browser.find("dashboard-export").getAttribute("href"));
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var units = new java.util.ArrayList<String>();
			book.getSheet("byUnit").forEach((row) -> units.add(row.getCell(0).getStringCellValue()));
			assertThat(units).contains(unit);
		}

		browser.setValue("from", "2024-05-01").setValue("to", "2024-04-01").click("dashboard-show");
		assertThat(browser.text("error-summary")).contains("Tanggal akhir tidak boleh sebelum tanggal awal");
	}

	private byte[] download(String url) throws Exception {
		String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
				.header("Cookie", "JSESSIONID=" + session)
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((v) -> assertThat(v).startsWith("attachment"));
		return response.body();
	}

	/**
	 * Personnel staff import the region's units and a campaign's signatories: the import
	 * answers at once, its page shows the progress until it is done, then the counts and
	 * each refused row with its reason; a file without the columns is refused where it
	 * was chosen. The Inspektur reads the coverage but records nothing.
	 */
	@Test
	void hrImportsUnitsAndSignatoriesAndSeesTheProgressAndEachRefusedRow() throws IOException {
		String unit = "Dinas Komunikasi " + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Path units = Files.writeString(Files.createTempFile("unit-", ".csv"),
				"Unit;Jumlah Pegawai\n" + unit + ";3000\n;4\n");
		browser.loginAs("hr-prob").nav("nav-pledges");
		browser.visible(browser.find("units-file")).sendKeys(units.toString());
		browser.click("import-units");
		assertThat(browser.text("flash")).contains("2 baris");
		importDone(30);
		assertThat(browser.text("count-accepted")).isEqualTo("1 diterima");
		assertThat(browser.text("count-refused")).isEqualTo("1 ditolak");
		browser.click("reload");
		assertThat(browser.text("refused")).contains("Nama unit kosong");

		browser.nav("nav-pledges");
		assertThat(browser.text("coverage")).contains(unit);
		browser.select("kind", "INTEGRITY_PACT").type("title", "Penandatanganan pakta integritas Pilkada");
		browser.setValue("heldOn", TestCalendar.today().minusDays(7).toString());
		browser.click("create-campaign");
		assertThat(browser.text("flash")).contains("tersimpan");

		Path wrong = Files.writeString(Files.createTempFile("salah-", ".csv"), "Nama;Alamat\nBudi;Jl. Raya\n");
		browser.visible(browser.find("signatories-file")).sendKeys(wrong.toString());
		browser.click("import-signatories");
		assertThat(browser.text("error-file")).contains("NIP");

		StringBuilder rows = new StringBuilder("NIP,Nama,Unit,Jabatan\n");
		for (int i = 0; i < 3000; i++) {
			rows.append("1987%02d%02d2012011%03d,Pegawai %d,%s,Staf\n".formatted(1 + i % 12, 1 + (i / 12) % 28,
					1 + i / 336, i, unit));
		}
		rows.append("12345,NIP Salah,").append(unit).append(",Staf\n");
		Path signatories = Files.writeString(Files.createTempFile("ttd-", ".csv"), rows);
		browser.visible(browser.find("signatories-file")).sendKeys(signatories.toString());
		browser.click("import-signatories");
		java.util.List<String> seen = importDone(60);
		assertThat(seen).as("the progress block, announced politely, until the import is done").endsWith("DONE");
		assertThat(browser.text("count-accepted")).isEqualTo("3.000 diterima");
		assertThat(browser.text("count-refused")).isEqualTo("1 ditolak");
		assertThat(browser.driver()
			.findElement(By.cssSelector("#progress [role=progressbar]"))
			.getAttribute("aria-valuenow")).isEqualTo("100");
		browser.click("reload");
		assertThat(browser.text("refused")).contains("3002").contains("NIP harus 18 angka");
		for (Path file : new Path[] { units, wrong, signatories }) {
			Files.delete(file);
		}

		browser.loginAs("inspektur-prob").nav("nav-pledges");
		assertThat(browser.text("coverage")).contains(unit);
		assertThat(browser.has(By.id("units-form"))).as("the Inspektur reads, does not import").isFalse();
	}

	@Test
	void intakeUploadsAListOfRecommendationsAndSeesTheProgressAndTheReport() throws IOException {
		Path wrong = Files.writeString(Files.createTempFile("salah-", ".csv"), "Nama;Alamat\nBudi;Jl. Raya\n");
		browser.loginAs("intake-prob").nav("nav-bulk");
		browser.visible(browser.find("bulk-file")).sendKeys(wrong.toString());
		browser.click("bulk-upload");
		assertThat(browser.text("error-bulk-file")).contains("Sumber");

		LocalDate received = TestCalendar.today().minusDays(2);
		StringBuilder rows = new StringBuilder("Sumber;Nomor Surat;Tanggal Surat;Tanggal Diterima;NIP;Nama;"
				+ "Jenis Kepegawaian;Jabatan;Jenis Jabatan;Unit Kerja;Jenis Pemilihan;Tahun;Tahapan;"
				+ "Dugaan Pelanggaran;Uraian\n");
		for (int i = 0; i < 60; i++) {
			rows.append(String.join(";", "Bawaslu", CaseWalk.uniqueReference(), "", received.toString(),
					CaseWalk.uniqueNip(), "Pegawai " + i, "PNS", "Staf", "pelaksana", "Dinas Perhubungan", "Pilkada",
					"2024", "setelah penetapan calon", "SOCMED_INTERACT", "Membagikan unggahan kampanye."))
				.append('\n');
		}
		rows.append("Bawaslu;B-SALAH/2024;;")
			.append(received)
			.append(";12345;NIP Salah;PNS;Staf;pelaksana;Dinas;")
			.append("Pilkada;2024;CANDIDACY;BANNER;Baliho.\n");
		Path list = Files.writeString(Files.createTempFile("rekomendasi-", ".csv"), rows);
		browser.visible(browser.find("bulk-file")).sendKeys(list.toString());
		browser.click("bulk-upload");
		assertThat(browser.text("flash")).contains("61 baris");
		java.util.List<String> seen = importDone(120);
		assertThat(seen).as("the progress block, announced politely, until the import is done").endsWith("DONE");
		assertThat(browser.text("count-accepted")).isEqualTo("60 perkara baru");
		assertThat(browser.text("count-refused")).isEqualTo("1 ditolak");
		WebElement first = browser.find("report").findElement(By.cssSelector("tbody tr"));
		assertThat(first.getAttribute("data-outcome")).as("refused rows first").isEqualTo("REFUSED");
		assertThat(first.getText()).contains("62").contains("NIP").contains("NIP harus 18 angka");
		assertThat(browser.has(By.id("report-csv"))).isTrue();
		browser.checkAccessibility();
		for (Path file : new Path[] { wrong, list }) {
			Files.delete(file);
		}
	}

	/**
	 * Issue 15: the pact an employee signed shows to the intake officer as he types the
	 * NIP, and is proposed on the report's form with its scan; the inspector confirms it
	 * and the table's live recommendation takes it in.
	 */
	@Test
	void theSignedPactShowsAtRegistrationAndIsProposedToTheInspectorWhoConfirmsIt() {
		String nip = CaseWalk.uniqueNip();
		LocalDate received = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO);
		PledgeWalk hr = PledgeWalk.as(this.rest, "hr-prob");
		long pact = hr.campaign("probolinggo", "INTEGRITY_PACT", "Pakta integritas ASN Pilkada",
				received.minusDays(30));
		hr.sign(pact, nip).scan(pact);

		browser.loginAs("intake-prob").open("/cases/new");
		browser.type("employee.nip", nip);
		browser.find("employee.name").click();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("employee-signatures"), "Pakta integritas ASN Pilkada"));
		assertThat(browser.text("employee-earlier-none")).contains("Tidak ada perkara lain");

		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo", nip, received, "BEFORE_CANDIDACY");
		browser.loginAs("insp1-prob").open("/tasks/" + walk.taskId("Task_WriteReport"));
		claim("Penyusunan LHP");
		assertThat(browser.text("proposal-integrityPactSigned")).contains("Diusulkan Pantau")
			.contains("Pakta integritas ASN Pilkada")
			.contains("pindaian dokumen");
		assertThat(browser.has(By.id("proposal-repeatOffence"))).isFalse();
		browser.check("proven-true");
		browser.check("actsProven-SOCMED_INTERACT");
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-candidates"), "tertutup"));
		browser.check("aggravation.integrityPactSigned");
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-candidates"), "terbuka"));
		assertThat(browser.text("live-recommendation-result")).contains("pakta integritas");
	}

	/**
	 * Waits until the import's page says it is done; the progress block is replaced every
	 * second meanwhile. Answers the states seen.
	 */
	private java.util.List<String> importDone(int seconds) {
		java.util.List<String> seen = new java.util.ArrayList<>();
		new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(seconds))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> {
				WebElement block = driver.findElement(By.id("progress"));
				assertThat(block.getAttribute("aria-live")).isEqualTo("polite");
				String status = driver.findElement(By.id("import-status")).getAttribute("data-status");
				if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
					seen.add(status);
				}
				return "DONE".equals(status);
			});
		return seen;
	}

	private void fillRegistration(String reference, String nip) {
		LocalDate received = LocalDate.now().minusDays(3);
		browser.select("region", "probolinggo")
			.select("source", "BKN_RECOMMENDATION")
			.type("referenceNumber", reference)
			.setValue("referenceDate", received.minusDays(2).toString())
			.setValue("receivedOn", received.toString())
			.select("election.type", "PILKADA")
			.type("election.year", "2024")
			.select("election.stage", "CANDIDACY")
			.type("description", "Membagikan unggahan kampanye pasangan calon.")
			.type("employee.nip", nip)
			.type("employee.name", "Wahyu Prasetyo Fiktif")
			.select("employee.employmentType", "PNS")
			.type("employee.position", "Guru Ahli Pertama")
			.select("employee.positionType", "FUNCTIONAL")
			.type("employee.unit", "Dinas Pendidikan");
		browser.check("allegedActs-SOCMED_INTERACT");
	}

	private void claim(String step) {
		assertThat(browser.text("step-name")).isEqualTo(step);
		browser.click("claim");
		formComesFirst();
	}

	/**
	 * From the action list after a completed step, to the next step's task of the case:
	 * "Ambil tugas" takes it and opens it.
	 */
	private void nextStep(CaseWalk walk, String step) {
		assertThat(browser.url()).as("back on the action list").endsWith("/");
		WebElement take = browser.waitFor(By.cssSelector("li.action[data-case='" + walk.caseNumber() + "'] button"));
		browser.click(take.getAttribute("id"));
		assertThat(browser.text("step-name")).isEqualTo(step);
		formComesFirst();
	}

	/**
	 * The form of the step starts within the first screen, not below the whole case
	 * summary (which folds on a phone).
	 */
	private void formComesFirst() {
		Number below = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.getElementById('step-form').getBoundingClientRect().top + window.scrollY"
					+ " - window.innerHeight");
		assertThat(below.doubleValue()).as("the form starts within the first screen").isLessThan(0);
	}

	/**
	 * On a phone (narrower than the two-column layout) the form of a step that shows the
	 * report and the recommendation (review, draft, decision) still starts within the
	 * first screen; those blocks follow it.
	 */
	private void formComesFirstOnAPhone() {
		actionComesFirstOnAPhone("step-form");
	}

	private void actionComesFirstOnAPhone(String id) {
		Number below = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("if (window.innerWidth >= 992) { return -1; }"
					+ " return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY"
					+ " - window.innerHeight", id);
		assertThat(below.doubleValue()).as("%s starts within the first screen", id).isLessThan(0);
	}

	/** On a phone the case summary is folded: open it. */
	private void openSummary() {
		WebElement summary = browser.find("case-summary");
		if (summary.getAttribute("open") == null) {
			browser.visible(summary.findElement(By.tagName("summary"))).click();
		}
	}

}
