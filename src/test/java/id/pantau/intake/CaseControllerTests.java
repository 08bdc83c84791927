package id.pantau.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseFixture;
import id.pantau.CaseWalk;
import id.pantau.TestCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering, reading and searching cases through the whole application: the rules of a
 * registration (NIP, dates, region), duplicates (also racing ones) and who may do what by
 * role and region. The shape of requests and the URL rules are in
 * {@link CaseControllerWebTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class CaseControllerTests {

	private static final String REGION = "probolinggo";

	@Autowired
	TestRestTemplate rest;

	// registration validation

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			19850412201001100           | NIP harus 18 angka
			198513122010011002          | 8 angka pertama NIP harus tanggal lahir yang masuk akal
			198504122010013002          | angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)
			198504122001011002          | angka 9-14 NIP harus tahun dan bulan pengangkatan yang masuk akal
			198504122010211002          | (PPPK: kode 21)
			""")
	void rejectsImplausibleNipNamingTheRuleItBreaks(String nip, String message) {
		long before = caseCount();

		ResponseEntity<JsonNode> response = register("intake-prob", valid(nip));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("employee.nip");
		assertThat(message(response, "employee.nip")).contains(message);
		assertNothingRegistered(nip, before);
	}

	@Test
	void acceptsPppkCodeForPppkEmployee() {
		String nip = "198504122010211" + CaseWalk.uniqueNip().substring(15);
		Map<String, Object> registration = CaseFixture.withEmployee(valid(nip), "employmentType", "PPPK");

		ResponseEntity<JsonNode> response = register("intake-prob", registration);

		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody().at("/employee/employmentType").asText()).isEqualTo("PPPK");
	}

	@Test
	void rejectsReceivedOnInTheFuture() {
		String nip = CaseWalk.uniqueNip();
		long before = caseCount();

		ResponseEntity<JsonNode> response = register("intake-prob",
				CaseFixture.with(valid(nip), "receivedOn", LocalDate.now().plusDays(2).toString()));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("receivedOn");
		assertThat(message(response, "receivedOn")).isEqualTo("tidak boleh tanggal yang akan datang");
		assertNothingRegistered(nip, before);
	}

	@Test
	void rejectsReferenceDateAfterReceivedOn() {
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = valid(nip);
		registration.put("referenceDate", LocalDate.now().minusDays(1).toString());
		registration.put("receivedOn", LocalDate.now().minusDays(3).toString());
		long before = caseCount();

		ResponseEntity<JsonNode> response = register("intake-prob", registration);

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("referenceDate");
		assertThat(message(response, "referenceDate")).isEqualTo("tanggal surat tidak boleh setelah tanggal diterima");
		assertNothingRegistered(nip, before);
	}

	@Test
	void judgesReceivedDateByBusinessTimeInWibNotByTheServerClock() {
		// business time a day and more ahead of the JVM's own clock, as in WIB's early
		// morning
		// on a server still on yesterday
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(30))));
		ResponseEntity<JsonNode> response;
		LocalDate todayInWib;
		try {
			todayInWib = TestCalendar.today();
			Map<String, Object> registration = valid(CaseWalk.uniqueNip());
			registration.put("receivedOn", todayInWib.toString());
			registration.put("referenceDate", todayInWib.toString());
			response = register("intake-prob", registration);
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(todayInWib).isAfter(LocalDate.now());
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getBody().get("receivedOn").asText()).isEqualTo(todayInWib.toString());
	}

	@Test
	void rejectsUnknownRegion() {
		String nip = CaseWalk.uniqueNip();
		long before = caseCount();

		ResponseEntity<JsonNode> response = register("intake-prob", CaseFixture.with(valid(nip), "region", "atlantis"));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("region");
		assertThat(message(response, "region")).isEqualTo("Wilayah 'atlantis' tidak dikenal.");
		assertNothingRegistered(nip, before);
	}

	// problem responses

	@Test
	void answersDomainRuleViolationsInEnglishWhenAsked() {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob")
			.inEnglish()
			.post("/api/cases", valid("198504122010013002"));

		assertBadRequest(response);
		assertThat(message(response, "employee.nip")).isEqualTo("digit 15 of the NIP must be 1 (male) or 2 (female)");
	}

	// duplicates

	@Test
	void refusesSameSourceReferenceInAnotherSpellingNamingTheExistingCase() {
		String reference = "b-1/x-" + CaseWalk.uniqueReference().toLowerCase();
		ResponseEntity<JsonNode> first = register("intake-prob",
				CaseWalk.registration(REGION, reference, CaseWalk.uniqueNip()));
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String existing = first.getBody().get("caseNumber").asText();
		String nip = CaseWalk.uniqueNip();
		long before = caseCount();

		ResponseEntity<JsonNode> again = register("intake-prob",
				CaseWalk.registration(REGION, "  " + reference.toUpperCase() + " ", nip));

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(again.getBody().get("existingCaseNumber").asText()).isEqualTo(existing);
		assertThat(again.getBody().get("detail").asText())
			.isEqualTo("Surat ini sudah terdaftar sebagai perkara " + existing + ".");
		assertNothingRegistered(nip, before);
	}

	@Test
	void acceptsSameReferenceFromAnotherSource() {
		String reference = CaseWalk.uniqueReference();
		ResponseEntity<JsonNode> first = register("intake-prob",
				CaseWalk.registration(REGION, reference, CaseWalk.uniqueNip()));

		ResponseEntity<JsonNode> second = register("intake-prob", CaseFixture
			.with(CaseWalk.registration(REGION, reference, CaseWalk.uniqueNip()), "source", "BAWASLU_FINDING"));

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).as("%s", second.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getBody().get("caseNumber").asText())
			.isNotEqualTo(first.getBody().get("caseNumber").asText());
		assertThat(second.getBody().get("source").asText()).isEqualTo("BAWASLU_FINDING");
	}

	@Test
	void registersOneCaseWhenTenClerksRegisterTheSameLetterAtOnce() throws Exception {
		String reference = CaseWalk.uniqueReference();
		String nip = CaseWalk.uniqueNip();
		Map<String, Object> registration = CaseWalk.registration(REGION, reference, nip);
		int clerks = 10;
		ExecutorService pool = Executors.newFixedThreadPool(clerks);
		CountDownLatch ready = new CountDownLatch(clerks);
		CountDownLatch start = new CountDownLatch(1);
		List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
		try {
			List<Future<ResponseEntity<JsonNode>>> futures = new ArrayList<>();
			for (int i = 0; i < clerks; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await(10, TimeUnit.SECONDS);
					return register("intake-prob", registration);
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			start.countDown();
			for (Future<ResponseEntity<JsonNode>> future : futures) {
				responses.add(future.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<ResponseEntity<JsonNode>> created = responses.stream()
			.filter((r) -> r.getStatusCode() == HttpStatus.CREATED)
			.toList();
		List<ResponseEntity<JsonNode>> conflicts = responses.stream()
			.filter((r) -> r.getStatusCode() == HttpStatus.CONFLICT)
			.toList();
		assertThat(created).as("created: %s", responses).hasSize(1);
		assertThat(conflicts).as("conflicts: %s", responses).hasSize(clerks - 1);
		String number = created.get(0).getBody().get("caseNumber").asText();
		assertThat(conflicts)
			.allSatisfy((c) -> assertThat(c.getBody().get("existingCaseNumber").asText()).as("%s", c.getBody())
				.isEqualTo(number));
		JsonNode found = search("auditor", "employeeNip=" + nip).getBody();
		assertThat(found.get("totalElements").asLong()).isEqualTo(1);
		assertThat(found.at("/content/0/caseNumber").asText()).isEqualTo(number);
		assertThat(found.at("/content/0/currentStepKeys").toString()).isEqualTo("[\"Task_VerifyCase\"]");
	}

	// authorization

	@ParameterizedTest
	@ValueSource(strings = { "insp1-prob", "ppk-prob", "admin" })
	void refusesRegistrationByRolesOtherThanIntake(String user) {
		String nip = CaseWalk.uniqueNip();
		long before = caseCount();

		ResponseEntity<JsonNode> response = register(user, valid(nip));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("Tindakan ini hanya untuk peran: intake.");
		assertNothingRegistered(nip, before);
	}

	@Test
	void refusesRegistrationInAnotherRegion() {
		String nip = CaseWalk.uniqueNip();
		long before = caseCount();

		ResponseEntity<JsonNode> response = register("intake-pmk", valid(nip));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText()).contains("probolinggo");
		assertNothingRegistered(nip, before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/history", "/investigation", "/decision" })
	void refusesReadingCaseOfAnotherRegion(String resource) {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		ResponseEntity<JsonNode> refused = Api.as(this.rest, "intake-pmk")
			.get("/api/cases/" + walk.caseNumber() + resource);
		ResponseEntity<JsonNode> allowed = Api.as(this.rest, "intake-prob")
			.get("/api/cases/" + walk.caseNumber() + resource);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("detail").asText())
			.isEqualTo("Perkara ini berada di wilayah probolinggo, di luar wilayah Anda.");
		assertThat(refused.getBody().toString()).doesNotContain(walk.nip());
		assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/history", "/investigation", "/decision" })
	void answersNotFoundForUnknownCase(String resource) {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "auditor").get("/api/cases/PROB-2024-99999" + resource);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("detail").asText()).isEqualTo("Perkara PROB-2024-99999 tidak ditemukan.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/history", "/investigation", "/decision", "/recommendation" })
	void answersAnotherRegionsCaseNumberAlikeWhetherOrNotTheCaseExists(String resource) {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		Api pamekasan = Api.as(this.rest, "intake-pmk");

		ResponseEntity<JsonNode> existing = pamekasan.get("/api/cases/" + walk.caseNumber() + resource);
		ResponseEntity<JsonNode> unknown = pamekasan.get("/api/cases/PROB-2024-99999" + resource);

		assertThat(unknown.getStatusCode()).isEqualTo(existing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(unknown.getBody().get("detail").asText()).isEqualTo(existing.getBody().get("detail").asText());
		assertThat(Api.as(this.rest, "intake-pmk").get("/api/cases/PMKS-2024-99999" + resource).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void showsReporterToIntakeAndAuditorOnly() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);

		for (String user : List.of("intake-prob", "auditor")) {
			JsonNode seen = Api.as(this.rest, user).get("/api/cases/" + walk.caseNumber()).getBody();
			assertThat(seen.at("/reporter/name").asText()).as(user).isEqualTo("Pelapor Rahasia");
			assertThat(seen.at("/reporter/contact").asText()).as(user).isEqualTo("0812-0000-0000");
		}
		for (String user : List.of("insp1-prob", "ppk-prob", "hr-prob")) {
			ResponseEntity<JsonNode> seen = Api.as(this.rest, user).get("/api/cases/" + walk.caseNumber());
			assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(seen.getBody().has("reporter")).as(user).isFalse();
			assertThat(seen.getBody().toString()).as(user).doesNotContain("Pelapor Rahasia", "0812-0000-0000");
		}
	}

	// search

	@Test
	void refusesSearchInAnotherRegion() {
		ResponseEntity<JsonNode> response = search("intake-prob", "region=pamekasan");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody().get("detail").asText()).contains("pamekasan");
	}

	@Test
	void findsNewCaseByStepAndStatus() {
		CaseWalk walk = CaseWalk.registered(this.rest, REGION);
		String nip = "employeeNip=" + walk.nip();

		JsonNode atVerify = search("intake-prob", nip + "&stepKey=Task_VerifyCase").getBody();
		JsonNode atTeam = search("intake-prob", nip + "&stepKey=Task_AssignTeam").getBody();
		JsonNode open = search("intake-prob", nip + "&status=OPEN").getBody();
		JsonNode closed = search("intake-prob", nip + "&status=CLOSED").getBody();
		JsonNode elsewhere = search("intake-pmk", nip).getBody();

		assertThat(atVerify.get("totalElements").asLong()).isEqualTo(1);
		assertThat(atVerify.at("/content/0/caseNumber").asText()).isEqualTo(walk.caseNumber());
		assertThat(atTeam.get("totalElements").asLong()).isZero();
		assertThat(open.get("totalElements").asLong()).isEqualTo(1);
		assertThat(closed.get("totalElements").asLong()).isZero();
		assertThat(elsewhere.get("totalElements").asLong()).isZero();
	}

	@Test
	void findsCasesByReferenceNumberInAnotherSpellingAsTheDuplicateCheckDoes() {
		String reference = "b-7/x-" + CaseWalk.uniqueReference().toLowerCase();
		ResponseEntity<JsonNode> letter = register("intake-prob",
				CaseWalk.registration(REGION, reference, CaseWalk.uniqueNip()));
		ResponseEntity<JsonNode> finding = register("intake-prob", CaseFixture
			.with(CaseWalk.registration(REGION, reference, CaseWalk.uniqueNip()), "source", "BAWASLU_FINDING"));
		assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(finding.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String spelledOtherwise = " " + reference.toUpperCase().replace("/", " \uFF0F ").replace("-", "\u2013") + " ";

		JsonNode found = search("intake-prob", "referenceNumber=" + spelledOtherwise).getBody();
		JsonNode elsewhere = search("intake-pmk", "referenceNumber=" + reference).getBody();
		JsonNode other = search("intake-prob", "referenceNumber=" + reference + "-2").getBody();

		assertThat(found.get("content").findValuesAsText("caseNumber")).containsExactlyInAnyOrder(
				letter.getBody().get("caseNumber").asText(), finding.getBody().get("caseNumber").asText());
		assertThat(elsewhere.get("totalElements").asLong()).isZero();
		assertThat(other.get("totalElements").asLong()).isZero();
	}

	@Test
	void refusesAReferenceNumberLongerThanAnyTheRegistrationKeeps() {
		ResponseEntity<JsonNode> response = search("intake-prob", "referenceNumber=" + "ß".repeat(61));

		assertBadRequest(response);
		assertThat(fields(response)).containsExactly("referenceNumber");
	}

	@Test
	void answersTheLastAllowedPageEmpty() {
		ResponseEntity<JsonNode> last = search("auditor", "page=100000&size=100");

		assertThat(last.getStatusCode()).as("%s", last.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(last.getBody().get("content")).isEmpty();
		assertThat(last.getBody().get("page").asInt()).isEqualTo(100000);
	}

	// helpers

	private static Map<String, Object> valid(String nip) {
		return CaseWalk.registration(REGION, CaseWalk.uniqueReference(), nip);
	}

	private ResponseEntity<JsonNode> register(String user, Object body) {
		return Api.as(this.rest, user).post("/api/cases", body);
	}

	private ResponseEntity<JsonNode> search(String user, String query) {
		return Api.as(this.rest, user).get("/api/cases?" + query);
	}

	private long caseCount() {
		ResponseEntity<JsonNode> all = search("auditor", "size=1");
		assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
		return all.getBody().get("totalElements").asLong();
	}

	private void assertNothingRegistered(String nip, long countBefore) {
		assertThat(search("auditor", "employeeNip=" + nip).getBody().get("totalElements").asLong())
			.as("cases of NIP %s", nip)
			.isZero();
		assertThat(caseCount()).as("cases registered").isEqualTo(countBefore);
	}

	private static void assertBadRequest(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().get("errors")).as("%s", response.getBody()).isNotEmpty();
	}

	private static List<String> fields(ResponseEntity<JsonNode> response) {
		List<String> fields = new ArrayList<>();
		response.getBody().get("errors").forEach((e) -> fields.add(e.get("field").asText()));
		return fields;
	}

	private static String message(ResponseEntity<JsonNode> response, String field) {
		Set<String> messages = new HashSet<>();
		response.getBody().get("errors").forEach((e) -> {
			if (field.equals(e.get("field").asText())) {
				messages.add(e.get("message").asText());
			}
		});
		assertThat(messages).as("messages for %s in %s", field, response.getBody()).hasSize(1);
		return messages.iterator().next();
	}

}
