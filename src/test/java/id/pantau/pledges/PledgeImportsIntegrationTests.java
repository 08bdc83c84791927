package id.pantau.pledges;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.ImportWait;
import id.pantau.TestCalendar;
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
 * A region imports its units and a campaign's signatories from the spreadsheets officials
 * keep: each row is checked and answered, bad rows do not stop good ones, a file imported
 * again changes nothing, a bad file is refused whole, and the coverage counts what was
 * signed against the headcount.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class PledgeImportsIntegrationTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importsUnitsAnsweringEachRowAndChangesNothingWhenImportedAgain() {
		String a = unit("Dinas Pendidikan");
		String b = unit("Badan Kepegawaian");
		String csv = "Unit;Jumlah Pegawai\n" + a + ";120\n" + b + ";\"1.250\"\n" + a.toUpperCase() + ";99\n"
				+ ";5\nKecamatan " + a + ";-3\n";

		JsonNode first = finished(
				upload("hr-prob", "/api/pledges/units", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		JsonNode again = finished(
				upload("hr-prob", "/api/pledges/units", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(first.get("accepted").asInt()).isEqualTo(2);
		assertThat(first.path("campaignId").isNumber()).as("a units import belongs to no campaign").isFalse();
		assertThat(first.get("refused").asInt()).isEqualTo(3);
		List<JsonNode> report = report(first);
		assertThat(report)
			.extracting((r) -> r.get("row").asInt() + " " + r.get("outcome").asText() + " " + r.path("reason").asText()
					+ " " + r.path("reasonArg").asText())
			.containsExactly("2 ACCEPTED  ", "3 ACCEPTED  ", "4 REFUSED pledges.row.duplicate-in-file 2",
					"5 REFUSED pledges.row.unit-missing ", "6 REFUSED pledges.row.headcount ");
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select headcount from org_unit where region_code = 'probolinggo' "
				+ "and name in (?, ?) order by headcount", Integer.class, a, b))
			.containsExactly(120, 1250);
	}

	@Test
	void importsSignatoriesFromExcelRefusingBadRowsWithTheirReason() throws IOException {
		String unit = unit("Dinas Kesehatan");
		importUnits("hr-prob", unit + ",40\n");
		long campaign = campaign("hr-prob", "probolinggo", PledgeKind.INTEGRITY_PACT);
		String ok1 = CaseWalk.uniqueNip();
		String ok2 = CaseWalk.uniqueNip();
		byte[] xlsx = xlsx(List.of(List.of("NIP", "Nama", "Unit Kerja", "Jabatan", "Tanggal"),
				List.of(ok1, "Pegawai Satu", unit, "Kepala Seksi", TestCalendar.today().minusDays(3).toString()),
				List.of(ok2, "Pegawai Dua", unit.toLowerCase(), "", ""), List.of("12345", "Salah NIP", unit, "", ""),
				List.of(ok1, "Pegawai Satu Lagi", unit, "", ""),
				List.of(CaseWalk.uniqueNip(), "Unit Asing", "Dinas Yang Tidak Ada", "", ""),
				List.of(CaseWalk.uniqueNip(), "Tanggal Salah", unit, "", "31/02/2024"),
				List.of(CaseWalk.uniqueNip(), "", unit, "", "")));

		JsonNode done = finished(
				upload("hr-prob", "/api/pledges/campaigns/" + campaign + "/signatories", "ttd.xlsx", XLSX, xlsx));
		JsonNode again = finished(
				upload("hr-prob", "/api/pledges/campaigns/" + campaign + "/signatories", "ttd.xlsx", XLSX, xlsx));

		assertThat(report(done))
			.extracting(
					(r) -> r.get("outcome").asText() + " " + r.path("field").asText() + " " + r.path("reason").asText())
			.containsExactly("ACCEPTED  ", "ACCEPTED  ", "REFUSED nip nip.format",
					"REFUSED nip pledges.row.duplicate-in-file", "REFUSED unit pledges.row.unknown-unit",
					"REFUSED signedOn pledges.row.date", "REFUSED name pledges.row.name-missing");
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from pledge_signatory where campaign_id = ?", Long.class,
				campaign))
			.isEqualTo(2);
		JsonNode signed = Api.as(this.rest, "intake-prob").get("/api/pledges/signatures/" + ok2).getBody();
		assertThat(signed).hasSize(1);
		assertThat(signed.get(0).get("kind").asText()).isEqualTo("INTEGRITY_PACT");
		assertThat(signed.get(0).get("signedOn").asText()).isEqualTo(heldOn().toString());
		assertThat(signed.get(0).get("unit").asText()).isEqualTo(unit);
	}

	@Test
	void refusesAFileThatIsNotASpreadsheetOrLacksAColumnAndRecordsNothing() {
		long before = this.jdbc.queryForObject("select count(*) from pledge_import", Long.class);
		byte[] zipButNotExcel = { 'P', 'K', 3, 4, 0, 0, 1, 2, 3 };

		ResponseEntity<JsonNode> garbage = upload("hr-prob", "/api/pledges/units", "units.xlsx", XLSX, zipButNotExcel);
		ResponseEntity<JsonNode> latin1 = upload("hr-prob", "/api/pledges/units", "units.csv", "text/csv",
				"Unit;Jumlah Pegawai\nDinas P\u00e9ndidikan;3\n".getBytes(StandardCharsets.ISO_8859_1));
		ResponseEntity<JsonNode> noColumn = upload("hr-prob", "/api/pledges/units", "units.csv", "text/csv",
				"Nama;Alamat\nDinas;Jl. Raya\n".getBytes(StandardCharsets.UTF_8));
		ResponseEntity<JsonNode> headerOnly = upload("hr-prob", "/api/pledges/units", "units.csv", "text/csv",
				"Unit;Jumlah Pegawai\n".getBytes(StandardCharsets.UTF_8));

		for (ResponseEntity<JsonNode> refused : List.of(garbage, latin1, noColumn, headerOnly)) {
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
			assertThat(refused.getBody().toString()).contains("\"file\"");
		}
		assertThat(noColumn.getBody().get("detail").asText()).contains("Unit");
		assertThat(this.jdbc.queryForObject("select count(*) from pledge_import", Long.class)).isEqualTo(before);
	}

	@Test
	void letsOnlyPersonnelStaffOfTheRegionRecordAndEveryoneOfItRead() {
		Map<String, Object> campaign = Map.of("region", "probolinggo", "kind", "NEUTRALITY_PLEDGE", "title",
				"Apel ikrar netralitas", "heldOn", heldOn().toString());

		assertThat(Api.as(this.rest, "intake-prob").post("/api/pledges/campaigns", campaign).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "hr-pmk").post("/api/pledges/campaigns", campaign).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "auditor").post("/api/pledges/campaigns", campaign).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		long id = campaign("hr-prob", "probolinggo", PledgeKind.NEUTRALITY_PLEDGE);
		assertThat(Api.as(this.rest, "intake-prob").get("/api/pledges/campaigns/" + id).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "intake-pmk").get("/api/pledges/campaigns/" + id).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(upload("hr-pmk", "/api/pledges/campaigns/" + id + "/signatories", "ttd.csv", "text/csv",
				"NIP,Nama,Unit\n".getBytes(StandardCharsets.UTF_8))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<JsonNode> future = Api.as(this.rest, "hr-prob")
			.post("/api/pledges/campaigns", Map.of("region", "probolinggo", "kind", "DECLARATION", "title", "Besok",
					"heldOn", TestCalendar.today().plusDays(2).toString()));
		assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(future.getBody().toString()).contains("heldOn");
	}

	@Test
	void countsSignedAgainstHeadcountPerUnitOncePerPerson() {
		String small = unit("Kecamatan Kraksaan");
		String empty = unit("UPT Baru");
		importUnits("hr-prob", small + ",4\n" + empty + ",0\n");
		long pact = campaign("hr-prob", "probolinggo", PledgeKind.INTEGRITY_PACT);
		long pledge = campaign("hr-prob", "probolinggo", PledgeKind.NEUTRALITY_PLEDGE);
		String one = CaseWalk.uniqueNip();
		String two = CaseWalk.uniqueNip();
		finished(upload("hr-prob", "/api/pledges/campaigns/" + pact + "/signatories", "pakta.csv", "text/csv",
				("NIP,Nama,Unit\n" + one + ",Satu," + small + "\n").getBytes(StandardCharsets.UTF_8)));
		finished(upload("hr-prob", "/api/pledges/campaigns/" + pledge + "/signatories", "ikrar.csv", "text/csv",
				("NIP,Nama,Unit\n" + one + ",Satu," + small + "\n" + two + ",Dua," + small + "\n")
					.getBytes(StandardCharsets.UTF_8)));

		JsonNode all = Api.as(this.rest, "auditor").get("/api/pledges/coverage?region=probolinggo").getBody();
		JsonNode pacts = Api.as(this.rest, "auditor")
			.get("/api/pledges/coverage?region=probolinggo&kind=INTEGRITY_PACT")
			.getBody();

		assertThat(unitRow(all, small).get("signed").asLong()).isEqualTo(2);
		assertThat(unitRow(all, small).get("percent").asDouble()).isEqualTo(50.0);
		assertThat(unitRow(all, empty).path("percent").isNumber()).as("no percent of no employees").isFalse();
		assertThat(unitRow(pacts, small).get("signed").asLong()).isEqualTo(1);
		assertThat(unitRow(pacts, small).get("percent").asDouble()).isEqualTo(25.0);
	}

	/**
	 * 20,000 rows answer at once (202, RUNNING, nothing done yet) and are recorded in the
	 * background; the time is printed, not asserted.
	 */
	@Test
	void importsTwentyThousandRowsInTheBackground() {
		String unit = unit("Sekretariat Daerah");
		importUnits("hr-prob", unit + ",25000\n");
		long campaign = campaign("hr-prob", "probolinggo", PledgeKind.NEUTRALITY_PLEDGE);
		StringBuilder csv = new StringBuilder("NIP,Nama,Unit,Jabatan\n");
		for (int i = 0; i < 20000; i++) {
			csv.append("1986%02d%02d2011011%03d".formatted(1 + i % 12, 1 + (i / 12) % 28, 1 + i / 336))
				.append(",Pegawai ")
				.append(i)
				.append(',')
				.append(unit)
				.append(",Staf\n");
		}
		long started = System.nanoTime();
		ResponseEntity<JsonNode> accepted = upload("hr-prob", "/api/pledges/campaigns/" + campaign + "/signatories",
				"ikrar-20000.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
		long answeredMs = (System.nanoTime() - started) / 1_000_000;

		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(accepted.getBody().get("rowsTotal").asInt()).isEqualTo(20000);
		JsonNode done = finished(accepted, Duration.ofMinutes(5));
		long totalMs = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("20000-row signatory import: answered in %d ms, recorded in %d ms%n", answeredMs, totalMs);
		assertThat(done.get("accepted").asInt() + done.get("refused").asInt()).isEqualTo(20000);
		assertThat(done.get("rowsDone").asInt()).isEqualTo(20000);
		assertThat(done.get("percent").asInt()).isEqualTo(100);
	}

	private JsonNode unitRow(JsonNode coverage, String unit) {
		for (JsonNode u : coverage.get("units")) {
			if (u.get("unit").asText().equals(unit)) {
				return u;
			}
		}
		throw new AssertionError("no unit " + unit + " in " + coverage);
	}

	private void importUnits(String user, String rows) {
		JsonNode done = finished(upload(user, "/api/pledges/units", "units.csv", "text/csv",
				("Unit,Jumlah Pegawai\n" + rows).getBytes(StandardCharsets.UTF_8)));
		assertThat(done.get("refused").asInt()).isZero();
	}

	private long campaign(String user, String region, PledgeKind kind) {
		ResponseEntity<JsonNode> created = Api.as(this.rest, user)
			.post("/api/pledges/campaigns",
					Map.of("region", region, "kind", kind.name(), "title", "Penandatanganan " + kind, "heldOn",
							heldOn().toString(), "points", "Netral\nTidak berkampanye di media sosial"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("campaignId").asLong();
	}

	private static LocalDate heldOn() {
		return TestCalendar.today().minusDays(10);
	}

	private static String unit(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	private JsonNode finished(ResponseEntity<JsonNode> started) {
		return finished(started, Duration.ofSeconds(60));
	}

	private JsonNode finished(ResponseEntity<JsonNode> started, Duration within) {
		JsonNode status = ImportWait.finished(this.rest, "hr-prob", "/api/pledges/imports/", started, within);
		assertThat(status.get("status").asText()).isEqualTo("DONE");
		return status;
	}

	private List<JsonNode> report(JsonNode status) {
		List<JsonNode> rows = new ArrayList<>();
		Api.as(this.rest, "hr-prob")
			.get("/api/pledges/imports/" + status.get("importId").asLong() + "/report")
			.getBody()
			.forEach(rows::add);
		return rows;
	}

	private ResponseEntity<JsonNode> upload(String user, String path, String name, String type, byte[] bytes) {
		return Api.as(this.rest, user).upload(path, name, type, bytes);
	}

	private static byte[] xlsx(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Tanda tangan");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
