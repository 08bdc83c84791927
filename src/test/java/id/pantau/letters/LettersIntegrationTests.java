package id.pantau.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters generated from a case's data as PDF and DOCX, read back; templates replaced by
 * the administrator; the signed delivery record required before the delivery completes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.letters.required-signed.Task_DeliverDecision=DELIVERY_RECORD")
@ActiveProfiles({ "local", "test" })
class LettersIntegrationTests {

	private static final String[] MONTHS = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
			"September", "Oktober", "November", "Desember" };

	private static final String[] DAYS = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" };

	static final byte[] SCAN = "%PDF-1.4\n% berita acara bertanda tangan\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	TestRestTemplate rest;

	@Test
	void generatesTheFirstSummonsAsPdfFromTheCaseData() throws IOException {
		LocalDate issued = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		LocalDateTime hearing = TestCalendar.workingDaysAfter(issued, 14).atTime(9, 30);
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob").summon(issued, hearing);

		ResponseEntity<byte[]> pdf = get("insp1-prob", walk.caseNumber(), "summons-1.pdf");

		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		String text = pdfText(pdf.getBody());
		assertThat(text).contains("PEMERINTAH KABUPATEN PROBOLINGGO", "SURAT PANGGILAN I", "700/" + walk.caseNumber(),
				walk.caseNumber(), walk.nip(), "Kraksaan, " + indonesian(issued),
				DAYS[hearing.getDayOfWeek().ordinal()] + ", " + indonesian(hearing.toLocalDate()), "09.30",
				"Kantor Inspektorat", "Inspektur Daerah Kabupaten Probolinggo", "Hendra Kusumawardana",
				"NIP 197305121998031007", "Tembusan");
		assertThat(text).doesNotContain("${");
	}

	@Test
	void generatesTheSameLetterAsDocxWithItsFieldsFilled() throws IOException {
		LocalDate issued = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO - 1);
		LocalDateTime hearing = TestCalendar.workingDaysAfter(issued, 14).atTime(9, 0);
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob").summon(issued, hearing);
		String employee = walk.view().get("employee").get("name").asText();

		ResponseEntity<byte[]> docx = get("insp1-prob", walk.caseNumber(), "summons-1.docx");

		assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
		String text = docxText(docx.getBody());
		assertThat(text).contains("SURAT PANGGILAN I", walk.caseNumber(), ": " + employee, ": " + walk.nip(),
				"Kraksaan, " + indonesian(issued), "Hendra Kusumawardana", "NIP 197305121998031007");
		assertThat(text).doesNotContain("${");
	}

	@Test
	void signsWithTheGeneratingUserWhereTheRegionHasNoLetterhead() throws IOException {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "buleleng", "insp1-bll");

		String text = pdfText(letter("insp1-bll", walk.caseNumber(), "summons-1.pdf"));

		assertThat(text).contains("PEMERINTAH KABUPATEN BULELENG", "I Ketut Wirawan", "NIP 198406122009011005",
				"Hari, tanggal : " + LetterFields.BLANK);
	}

	@Test
	void keepsEachGeneratedLetterAsADocumentOfTheCase() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob");
		ResponseEntity<byte[]> pdf = get("insp1-prob", walk.caseNumber(), "summons-1.pdf");

		ResponseEntity<JsonNode> listed = Api.as(this.rest, "auditor")
			.get("/api/cases/" + walk.caseNumber() + "/letters");

		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode letter = listed.getBody().get(0);
		assertThat(letter.get("type").asText()).isEqualTo("SUMMONS_1");
		assertThat(letter.get("stepKey").asText()).isEqualTo("Task_IssueSummons");
		assertThat(letter.get("kind").asText()).isEqualTo("GENERATED");
		assertThat(letter.get("storedBy").asText()).isEqualTo("insp1-prob");
		assertThat(letter.get("templateVersion").asInt()).isZero();
		assertThat(letter.get("size").asLong()).isEqualTo(pdf.getBody().length);
		assertThat(letter.get("sha256").asText()).isEqualTo(LetterTemplates.Sha256.of(pdf.getBody()));
		ResponseEntity<byte[]> again = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + walk.caseNumber() + "/letters/documents/" + letter.get("documentId").asLong(),
					byte[].class);
		assertThat(again.getBody()).isEqualTo(pdf.getBody());
		JsonNode history = Api.as(this.rest, "auditor").get("/api/cases/" + walk.caseNumber() + "/history").getBody();
		assertThat(history.findValuesAsText("detail"))
			.as("the generated letter is in the audit log and the case's timeline, with its hash")
			.anyMatch((detail) -> detail.contains("letter#" + letter.get("documentId").asLong())
					&& detail.contains(letter.get("sha256").asText()));
	}

	@Test
	void refusesAnotherRegionsLetterAndAUserOutsideTheStepsRole() {
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "probolinggo", "insp1-prob");

		assertThat(get("insp1-pmk", walk.caseNumber(), "summons-1.pdf").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get("hr-prob", walk.caseNumber(), "summons-1.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(get("auditor", walk.caseNumber(), "summons-1.docx").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "insp1-pmk").get("/api/cases/" + walk.caseNumber() + "/letters").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void usesAReplacedTemplateAsANewVersionAndRecordsIt() throws IOException {
		byte[] template = DefaultLetterTemplates.docx(DefaultLetterTemplates.LETTERHEAD
				+ "^PANGGILAN MENURUT TEMPLAT BARU\nPerkara ${case.number}\n" + DefaultLetterTemplates.SIGNATURE);

		ResponseEntity<JsonNode> uploaded = uploadTemplate("summons-1", "pamekasan", "panggilan.docx", template);

		assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(uploaded.getBody().get("templateVersion").asInt()).isEqualTo(1);
		CaseWalk walk = CaseWalk.teamAssigned(this.rest, "pamekasan", "insp1-pmk");
		assertThat(pdfText(letter("insp1-pmk", walk.caseNumber(), "summons-1.pdf")))
			.contains("PANGGILAN MENURUT TEMPLAT BARU", "Perkara " + walk.caseNumber());
		JsonNode letter = Api.as(this.rest, "insp1-pmk")
			.get("/api/cases/" + walk.caseNumber() + "/letters")
			.getBody()
			.get(0);
		assertThat(letter.get("templateRegion").asText()).isEqualTo("pamekasan");
		assertThat(letter.get("templateVersion").asInt()).isEqualTo(1);
		JsonNode changes = Api.as(this.rest, "admin").get("/api/admin/rule-changes").getBody();
		assertThat(changes.findValuesAsText("subject")).contains("LETTER_TEMPLATE");
		ResponseEntity<byte[]> download = this.rest.withBasicAuth("admin", Api.DEMO_PASSWORD)
			.getForEntity("/api/admin/letter-templates/summons-1.docx?region=pamekasan", byte[].class);
		assertThat(download.getBody()).isEqualTo(template);
	}

	@Test
	void refusesATemplateThatIsNoDocxAndChangesNothing() {
		ResponseEntity<JsonNode> refused = uploadTemplate("minutes", "*", "minutes.txt",
				"Berita acara ${case.number}".getBytes(StandardCharsets.UTF_8));

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.getBody().toString()).contains("file", "DOCX");
		assertThat(versions("minutes")).hasSize(1);
	}

	@Test
	void refusesATemplateWithAnUnknownPlaceholderNamingIt() throws IOException {
		byte[] template = DefaultLetterTemplates.docx("^BERITA ACARA\nPerkara ${case.nomor} ${employee.name}\n");

		ResponseEntity<JsonNode> refused = uploadTemplate("report", "*", "lhp.docx", template);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().toString()).contains("${case.nomor}").doesNotContain("${employee.name}");
		assertThat(versions("report")).hasSize(1);
	}

	@Test
	void refusesTheDeliveryUntilItsSignedRecordIsUploaded() throws IOException {
		LocalDate decidedOn = TestCalendar.today().minusDays(2);
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", decidedOn);
		Api hr = Api.as(this.rest, "hr-prob");
		String task = walk.taskId("Task_DeliverDecision");
		hr.post("/api/tasks/" + task + "/claim");
		Map<String, String> delivery = Map.of("deliveredOn", TestCalendar.today().toString(), "method", "IN_PERSON");

		ResponseEntity<JsonNode> refused = hr.post("/api/tasks/" + task + "/complete", delivery);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getBody().get("detail").asText()).contains("Berita acara penyampaian keputusan");
		assertThat(refused.getBody().get("missingDocument").asText()).isEqualTo("delivery-record");
		assertThat(walk.steps()).contains("Task_DeliverDecision");
		String record = pdfText(letter("hr-prob", walk.caseNumber(), "delivery-record.pdf"));
		assertThat(record).contains("BERITA ACARA PENYAMPAIAN", "BUPATI PROBOLINGGO", indonesian(decidedOn));
		assertThat(uploadSigned("hr-prob", walk.caseNumber(), "delivery-record").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(hr.post("/api/tasks/" + task + "/complete", delivery).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(walk.steps()).doesNotContain("Task_DeliverDecision");
	}

	@Test
	void writesTheMinutesAndTheReportWithTheTablesRecommendationAndLegalBasis() throws IOException {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo").writeReport(true);

		String minutes = pdfText(letter("insp2-prob", walk.caseNumber(), "minutes.pdf"));
		String report = pdfText(letter("insp1-prob", walk.caseNumber(), "report.pdf"));

		assertThat(minutes).contains("BERITA ACARA PEMERIKSAAN", "Pegawai mengakui.", "Bambang Wicaksono",
				"Rina Oktaviani", "ditandatangani oleh pegawai yang diperiksa", walk.nip());
		assertThat(report).contains("LAPORAN HASIL PEMERIKSAAN", "Terbukti", "PP 94/2021 Pasal 5 huruf n",
				"Penurunan jabatan setingkat lebih rendah selama 12 bulan", "PP 94/2021 Pasal 8 ayat (4)",
				"tabel versi 1");
		assertThat(report).doesNotContain(LetterFields.BLANK + " (tabel versi");
	}

	@Test
	void writesTheDecisionInTheFormOfItsSanctionLevelAndTheFollowUpWithItsTableOfCases() throws IOException {
		LocalDate decidedOn = TestCalendar.today().minusDays(2);
		CaseWalk walk = CaseWalk.decided(this.rest, "probolinggo", decidedOn);
		String decree = walk.view().get("caseNumber").asText();

		String decision = pdfText(letter("hr-prob", walk.caseNumber(), "decision.pdf"));
		String followUp = docxText(letter("hr-prob", walk.caseNumber(), "follow-up.docx"));

		assertThat(decision).contains("KEPUTUSAN BUPATI PROBOLINGGO", "PENJATUHAN HUKUMAN DISIPLIN TINGKAT BERAT",
				"Penurunan jabatan setingkat lebih rendah selama 12 bulan", "Ditetapkan di Kraksaan",
				"pada tanggal " + indonesian(decidedOn), "Penjabat Bupati Probolinggo", "Agus Setiabudi");
		assertThat(followUp).contains("Kepala Badan Kepegawaian Negara", "Nomor perkara", decree, walk.nip(),
				"Penurunan jabatan setingkat lebih rendah selama 12 bulan", "SK-800/");
		assertThat(followUp).doesNotContain("${row.");
	}

	@Test
	void writesTheNoticeOfACaseNotProvenForThePpk() throws IOException {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo").writeReport(false).review(true);

		String notice = pdfText(letter("ppk-prob", walk.caseNumber(), "not-proven.pdf"));

		assertThat(notice).contains("Pemberitahuan hasil pemeriksaan", "tidak terbukti", walk.nip(), "Agus Setiabudi");
		assertThat(get("hr-prob", walk.caseNumber(), "not-proven.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private List<JsonNode> versions(String form) {
		JsonNode versions = Api.as(this.rest, "admin")
			.get("/api/admin/letter-templates/" + form + "/versions")
			.getBody();
		List<JsonNode> all = new java.util.ArrayList<>();
		versions.forEach(all::add);
		return all;
	}

	private ResponseEntity<byte[]> get(String user, String caseNumber, String letter) {
		return this.rest.withBasicAuth(user, Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + caseNumber + "/letters/" + letter, byte[].class);
	}

	private byte[] letter(String user, String caseNumber, String letter) {
		ResponseEntity<byte[]> answer = get(user, caseNumber, letter);
		assertThat(answer.getStatusCode()).as("%s: %s", letter, new String(answer.getBody(), StandardCharsets.UTF_8))
			.isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	private ResponseEntity<JsonNode> uploadTemplate(String form, String region, String fileName, byte[] content) {
		return multipart("admin", "/api/admin/letter-templates/" + form + "?region=" + region, fileName, content);
	}

	private ResponseEntity<JsonNode> uploadSigned(String user, String caseNumber, String type) {
		return multipart(user, "/api/cases/" + caseNumber + "/letters/" + type + "/signed", "ttd.pdf", SCAN);
	}

	private ResponseEntity<JsonNode> multipart(String user, String path, String fileName, byte[] content) {
		return Api.as(this.rest, user).upload(path, fileName, null, content);
	}

	static String indonesian(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			// lines as the reader sees them, joined: a value may wrap at the end of a
			// line
			return stripper.getText(doc).replaceAll("\\s+", " ");
		}
	}

	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

}
