package id.pantau.bulkintake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.ImportWait;
import id.pantau.TestCalendar;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake officer uploads a list of recommendations: each good row becomes a case as a
 * single registration would, each bad row is answered with its reason and column, one bad
 * row never stops the others, and uploading the list again creates nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class BulkIntakeIntegrationTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String HEADER = "Sumber;Nomor Surat;Tanggal Surat;Tanggal Diterima;NIP;Nama;Jenis Kepegawaian;"
			+ "Jabatan;Jenis Jabatan;Unit Kerja;Jenis Pemilihan;Tahun;Tahapan;Dugaan Pelanggaran;Uraian;"
			+ "Rekomendasi Sanksi\n";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registersTheGoodRowsOfACsvListAnsweringEachRowAndCreatesNothingWhenUploadedAgain() {
		String ref1 = CaseWalk.uniqueReference();
		String ref2 = CaseWalk.uniqueReference();
		String nip1 = CaseWalk.uniqueNip();
		String nip2 = CaseWalk.uniqueNip();
		CaseWalk byHand = CaseWalk.registered(this.rest, "probolinggo");
		String handRef = Api.as(this.rest, "intake-prob")
			.get("/api/cases/" + byHand.caseNumber())
			.getBody()
			.get("referenceNumber")
			.asText();
		String csv = HEADER + row("Bawaslu", ref1, nip1, "Budi Santoso", "SOCMED_INTERACT, PHOTO_WITH_CANDIDATE")
				+ row("BKN", ref2, nip2, "Sri Rahayu", "attend_campaign")
				+ row("Bawaslu", CaseWalk.uniqueReference(), "12345", "NIP Salah", "BANNER")
				+ row("BKN", CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), "Kode Salah", "BANNER; KAMPANYE_X")
				+ row("BKN", CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), "", "BANNER")
				+ row("Temuan Bawaslu", ref1, nip1, "Budi Santoso", "SOCMED_INTERACT")
				+ row("BKN", handRef, CaseWalk.uniqueNip(), "Pegawai Lain", "BANNER")
				+ row("Rekomendasi BKN (dahulu KASN)", handRef, byHand.nip(), "Budi Santoso Fiktif", "SOCMED_INTERACT");

		JsonNode first = finished(upload("intake-prob", "rekomendasi.csv", "text/csv", csv));
		List<JsonNode> report = report(first);
		String case1 = report.get(0).get("caseNumber").asText();
		String case2 = report.get(1).get("caseNumber").asText();

		assertThat(first.get("accepted").asInt()).as("%s", report).isEqualTo(2);
		assertThat(first.get("unchanged").asInt()).as("%s", report).isEqualTo(1);
		assertThat(first.get("refused").asInt()).isEqualTo(5);
		assertThat(report).extracting(BulkIntakeIntegrationTests::line)
			.containsExactly("2 ACCEPTED " + case1 + "   bulk.row.accepted Terdaftar sebagai perkara " + case1,
					"3 ACCEPTED " + case2 + "   bulk.row.accepted Terdaftar sebagai perkara " + case2,
					"4 REFUSED  employee.nip NIP nip.format NIP harus 18 angka",
					"5 REFUSED  allegedActs Dugaan Pelanggaran bulk.row.unknown-act "
							+ "Kode pelanggaran \"KAMPANYE_X\" tidak dikenal",
					"6 REFUSED  employee.name Nama bulk.row.empty Wajib diisi",
					"7 REFUSED " + case1 + " referenceNumber Nomor Surat bulk.row.duplicate-in-file Mengulang baris 2 "
							+ "(perkara " + case1 + ") dalam daftar yang sama",
					"8 REFUSED " + byHand.caseNumber() + " referenceNumber Nomor Surat case.duplicate "
							+ "Surat ini sudah terdaftar sebagai perkara " + byHand.caseNumber() + ".",
					"9 UNCHANGED " + byHand.caseNumber() + "   bulk.row.unchanged Sudah terdaftar sebagai perkara "
							+ byHand.caseNumber());
		JsonNode registered = Api.as(this.rest, "intake-prob").get("/api/cases/" + case1).getBody();
		assertThat(registered.get("source").asText()).isEqualTo("BAWASLU_FINDING");
		assertThat(registered.get("registeredBy").asText()).isEqualTo("intake-prob");
		assertThat(registered.get("employee").get("nip").asText()).isEqualTo(nip1);
		assertThat(registered.get("employee").get("positionType").asText()).isEqualTo("FUNCTIONAL");
		assertThat(registered.get("election").get("stage").asText()).isEqualTo("CANDIDACY");
		assertThat(registered.get("allegedActs")).extracting(JsonNode::asText)
			.containsExactlyInAnyOrder("SOCMED_INTERACT", "PHOTO_WITH_CANDIDATE");
		assertThat(registered.get("currentSteps")).as("the case's route started").isNotEmpty();
		JsonNode history = Api.as(this.rest, "intake-prob").get("/api/cases/" + case1 + "/history").getBody();
		assertThat(history.findValuesAsText("actor")).as("%s", history)
			.contains("intake-prob")
			.doesNotContain("system");
		assertThat(Api.as(this.rest, "intake-prob").get("/api/cases/" + case2).getBody().get("source").asText())
			.isEqualTo("BKN_RECOMMENDATION");
		long cases = casesCount();

		JsonNode again = finished(upload("intake-prob", "rekomendasi.csv", "text/csv", csv));

		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(3);
		assertThat(report(again)).filteredOn((r) -> r.get("outcome").asText().equals("UNCHANGED"))
			.extracting((r) -> r.get("row").asInt() + " " + r.get("caseNumber").asText())
			.containsExactly("2 " + case1, "3 " + case2, "9 " + byHand.caseNumber());
		assertThat(casesCount()).as("no new case").isEqualTo(cases);
		for (String reference : List.of(ref1, ref2)) {
			assertThat(Api.as(this.rest, "intake-prob")
				.get("/api/cases?region=probolinggo&referenceNumber=" + reference)
				.getBody()
				.get("totalElements")
				.asLong()).as(reference).isEqualTo(1);
		}
	}

	@Test
	void readsAnExcelListWithEnglishHeadersAndDateCells() throws IOException {
		String reference = CaseWalk.uniqueReference();
		LocalDate received = TestCalendar.today().minusDays(2);
		byte[] xlsx = xlsx(
				List.of("Source", "Reference Number", "Reference Date", "Received On", "Employee NIP", "Name",
						"Employment Type", "Position", "Position Type", "Unit", "Election Type", "Year", "Stage",
						"Alleged Acts", "Description"),
				List.of(List.of("BKN", reference, received.minusDays(5), received, CaseWalk.uniqueNip(), "Rina Wati",
						"PPPK", "Guru", "functional", "Dinas Pendidikan", "Pilkada", "2024",
						"after candidates are fixed", "BANNER", "Memasang baliho calon di kantor."),
						List.of("BKN", CaseWalk.uniqueReference(), "31/02/2024", received, CaseWalk.uniqueNip(),
								"Tanggal Salah", "PNS", "Staf", "EXECUTOR", "Dinas", "PEMILU", "2024", "CANDIDACY",
								"BANNER", "Uraian."),
						List.of("Koran", CaseWalk.uniqueReference(), "", received, CaseWalk.uniqueNip(), "Sumber Salah",
								"PNS", "Staf", "EXECUTOR", "Dinas", "PEMILU", "2024", "CANDIDACY", "BANNER",
								"Uraian.")));

		JsonNode done = finished(Api.as(this.rest, "intake-prob")
			.upload("/api/intake/imports?region=probolinggo", "daftar.xlsx", XLSX, xlsx));

		assertThat(report(done)).extracting(
				(r) -> r.get("outcome").asText() + " " + r.path("column").asText() + " " + r.path("reason").asText())
			.containsExactly("ACCEPTED  bulk.row.accepted", "REFUSED Reference Date bulk.row.date",
					"REFUSED Source bulk.row.choice");
		JsonNode registered = Api.as(this.rest, "intake-prob")
			.get("/api/cases/" + report(done).get(0).get("caseNumber").asText())
			.getBody();
		assertThat(registered.get("receivedOn").asText()).isEqualTo(received.toString());
		assertThat(registered.get("employee").get("employmentType").asText()).isEqualTo("PPPK");
		JsonNode refused = Api.as(this.rest, "intake-prob")
			.inEnglish()
			.get("/api/intake/imports/" + done.get("importId").asLong() + "/report?outcome=REFUSED")
			.getBody();
		assertThat(refused.get("totalElements").asInt()).isEqualTo(2);
		assertThat(refused.get("content").get(1).get("message").asText())
			.isEqualTo("Value \"Koran\" is not known in this column");
	}

	@Test
	void refusesAListWithoutARequiredColumnAndRecordsNothing() {
		long before = this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class);
		String withoutActs = HEADER.replace("Dugaan Pelanggaran;", "");

		ResponseEntity<JsonNode> refused = upload("intake-prob", "daftar.csv", "text/csv",
				withoutActs + "BKN;B-1;;;1985;Nama\n");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
		assertThat(refused.getBody().get("detail").asText()).contains("Dugaan Pelanggaran");
		assertThat(this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class)).isEqualTo(before);
	}

	@Test
	void letsOnlyIntakeOfTheRegionUploadAndItsAdministratorRead() {
		String csv = HEADER + row("BKN", CaseWalk.uniqueReference(), CaseWalk.uniqueNip(), "Satu", "BANNER");
		long before = this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class);

		assertThat(upload("insp1-prob", "daftar.csv", "text/csv", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(upload("intake-pmk", "daftar.csv", "text/csv", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from bulk_intake_import", Long.class)).isEqualTo(before);
		JsonNode done = finished(upload("intake-prob", "daftar.csv", "text/csv", csv));
		String path = "/api/intake/imports/" + done.get("importId").asLong();

		assertThat(Api.as(this.rest, "intake-pmk").get(path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "intake-pmk").get(path + "/report").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "insp1-prob").get(path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "admin").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "admin")
			.get("/api/intake/imports?region=probolinggo")
			.getBody()
			.get("content")
			.findValuesAsText("importId")).contains(done.get("importId").asText());
		ResponseEntity<String> report = this.rest.withBasicAuth("intake-prob", Api.DEMO_PASSWORD)
			.getForEntity(path + "/report.csv", String.class);
		assertThat(report.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(report.getBody()).startsWith("Baris,Hasil,Nomor perkara").contains("Diterima");
	}

	/** One row of the list, received three days ago, for the election of 2024. */
	static String row(String source, String reference, String nip, String name, String acts) {
		LocalDate received = TestCalendar.today().minusDays(3);
		DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		return String.join(";", source, reference, received.minusDays(4).format(dmy), received.toString(), nip, name,
				"PNS", "Guru Ahli Pertama", "fungsional", "Dinas Pendidikan", "Pilkada", "2024",
				"setelah penetapan calon", "\"" + acts + "\"", "Membagikan unggahan kampanye pasangan calon.", "")
				+ "\n";
	}

	private static String line(JsonNode r) {
		return r.get("row").asInt() + " " + r.get("outcome").asText() + " " + r.path("caseNumber").asText("") + " "
				+ r.path("field").asText("") + " " + r.path("column").asText("") + " " + r.path("reason").asText("")
				+ " " + r.path("message").asText("");
	}

	private long casesCount() {
		return Api.as(this.rest, "intake-prob")
			.get("/api/cases?region=probolinggo&size=1")
			.getBody()
			.get("totalElements")
			.asLong();
	}

	ResponseEntity<JsonNode> upload(String user, String name, String type, String content) {
		return Api.as(this.rest, user)
			.upload("/api/intake/imports?region=probolinggo", name, type, content.getBytes(StandardCharsets.UTF_8));
	}

	JsonNode finished(ResponseEntity<JsonNode> started) {
		return finished(this.rest, started, Duration.ofSeconds(60));
	}

	/** Polls the import's status until it is no longer running, within the time given. */
	static JsonNode finished(TestRestTemplate rest, ResponseEntity<JsonNode> started, Duration within) {
		JsonNode status = ImportWait.finished(rest, "intake-prob", "/api/intake/imports/", started, within);
		assertThat(status.get("status").asText()).isEqualTo("DONE");
		return status;
	}

	private List<JsonNode> report(JsonNode status) {
		List<JsonNode> rows = new ArrayList<>();
		Api.as(this.rest, "intake-prob")
			.get("/api/intake/imports/" + status.get("importId").asLong() + "/report")
			.getBody()
			.get("content")
			.forEach(rows::add);
		return rows;
	}

	/**
	 * A workbook whose dates are Excel date cells, as officials' spreadsheets have them.
	 */
	private static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Rekomendasi");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof LocalDate day) {
						row.createCell(c).setCellValue(day);
						row.getCell(c).setCellStyle(date);
					}
					else {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
