package id.pantau.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidential reporter is shown only to the roles that may read him (intake and
 * auditor), wherever audit details are shown (timeline, one user's actions, dossier) and
 * however long a detail is: details are masked by their structure, and a detail too long
 * for the log is shortened inside its values, never cut through one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ConfidentialReporterIntegrationTests {

	private static final String NAME = "Pelapor Rahasia";

	private static final String CONTACT = "0812-0000-0000";

	/**
	 * The start of the contact, also cut short, but not the same digits inside an id (a
	 * task id's hex digits can read "1a7c0812-").
	 */
	private static final String CONTACT_START = "(?<![0-9a-fA-F])0812-";

	private static final List<String> MAY_NOT_READ = List.of("insp1-prob", "inspektur-prob", "hr-prob", "ppk-prob",
			"admin");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AuditLog log;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	private String number;

	@BeforeEach
	void registerACaseWithADescriptionThatDoublesInJsonAndAnOverlongChange() {
		Map<String, Object> registration = CaseWalk.registration("probolinggo", CaseWalk.uniqueReference(),
				CaseWalk.uniqueNip());
		registration.put("description", "\"\\".repeat(2000));
		ResponseEntity<JsonNode> registered = Api.as(this.rest, "intake-prob").post("/api/cases", registration);
		assertThat(registered.getStatusCode()).as("%s", registered.getBody()).isEqualTo(HttpStatus.CREATED);
		this.number = registered.getBody().get("caseNumber").asText();
		// a change of the case whose detail is longer than the log keeps (20 000
		// characters), the reporter's contact straddling that limit
		String head = "{\"before\":{\"description\":\"";
		String middle = "\",\"reporterName\":\"" + NAME + "\",\"reporterContact\":\"";
		String pad = "x".repeat(20_000 - 1 - 5 - head.length() - middle.length());
		String detail = head + pad + middle + CONTACT + "\"},\"after\":{\"description\":\"kosong\"}}";
		record("DATA_CHANGED", detail);
		record("DATA_CHANGED", "{\"before\":{\"reporter\":{\"name\":\"" + NAME + "\",\"contact\":\"" + CONTACT
				+ "\"}},\"after\":{\"reporterName\":\"" + NAME + "\"}}");
	}

	@Test
	void hidesTheReporterInTheTimelineFromEveryRoleButIntakeAndAuditorWhateverTheDetailsLength() {
		for (String user : MAY_NOT_READ) {
			String timeline = Api.as(this.rest, user)
				.get("/api/cases/" + this.number + "/history")
				.getBody()
				.toString();
			assertThat(timeline).as(user)
				.contains("reporterContact")
				.doesNotContain(NAME)
				.doesNotContainPattern(CONTACT_START);
		}
		for (String user : List.of("intake-prob", "auditor")) {
			String timeline = Api.as(this.rest, user)
				.get("/api/cases/" + this.number + "/history")
				.getBody()
				.toString();
			assertThat(timeline).as(user).contains(NAME).contains(CONTACT);
		}
	}

	@Test
	void keepsAnOverlongDetailValidJsonWithinTheLimitAndItsChainIntact() throws Exception {
		List<String> details = this.jdbc.queryForList(
				"select detail from audit_log where case_number = ? and action = 'DATA_CHANGED' order by seq",
				String.class, this.number);
		String shortened = details.get(details.size() - 2);

		assertThat(shortened.length()).isLessThanOrEqualTo(20_000);
		JsonNode tree = this.json.readTree(shortened);
		assertThat(tree.at("/before/reporterContact").asText()).isEqualTo(CONTACT);
		assertThat(tree.at("/before/description").asText()).hasSizeLessThan(20_000).endsWith("…");
		assertThat(tree.path("_truncated").asBoolean()).isTrue();
		JsonNode verification = Api.as(this.rest, "auditor").get("/api/audit/verification").getBody();
		assertThat(verification.get("intact").asBoolean()).as("%s", verification).isTrue();
	}

	@Test
	void hidesTheReporterInOneUsersActionsFromTheAdministrator() {
		String today = LocalDate.now().toString();
		String query = "/api/audit/actions?actor=intake-prob&from=" + today + "&to=" + today + "&size=100&page=";
		StringBuilder forAdmin = new StringBuilder();
		StringBuilder forAuditor = new StringBuilder();
		int pages = Api.as(this.rest, "admin").get(query + 0).getBody().get("totalPages").asInt();
		for (int page = 0; page < pages; page++) {
			forAdmin.append(Api.as(this.rest, "admin").get(query + page).getBody());
			forAuditor.append(Api.as(this.rest, "auditor").get(query + page).getBody());
		}

		assertThat(forAdmin).contains(this.number)
			.contains("reporterName")
			.doesNotContain(NAME)
			.doesNotContainPattern(CONTACT_START);
		assertThat(forAuditor).contains(NAME).contains(CONTACT);
	}

	@Test
	void hidesTheReporterInTheDossierFromTheAdministrator() throws Exception {
		assertThat(dossierText("admin")).contains("Data diubah")
			.doesNotContain(NAME)
			.doesNotContainPattern(CONTACT_START);
		assertThat(dossierText("auditor")).contains(NAME);
	}

	private String dossierText(String user) throws Exception {
		ResponseEntity<byte[]> pdf = this.rest.withBasicAuth(user, Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + this.number + "/dossier.pdf", byte[].class);
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	private void record(String action, String detail) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.log.record(new AuditRecord("intake-prob", "intake", "probolinggo",
					this.number, action, "NeutralityCase#test", detail, null)));
	}

}
