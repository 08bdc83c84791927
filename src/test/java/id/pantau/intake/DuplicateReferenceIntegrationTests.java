package id.pantau.intake;

import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same letter never opens two cases, however its number is spelled: invisible
 * characters, other kinds of space, full-width forms and spaces around separators are the
 * same reference. A reference whose normal form does not fit is refused, not a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class DuplicateReferenceIntegrationTests {

	private static final String REGION = "probolinggo";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ReferenceKeyMigration migration;

	@ParameterizedTest
	@ValueSource(strings = { "zero-width space", "no-break space", "full-width solidus", "spaces around solidus",
			"full-width letters and digits", "soft hyphen", "ideographic space", "spaces around hyphen" })
	void refusesTheSameLetterSpelledDifferentlyNamingTheExistingCase(String spelling) {
		String unique = CaseWalk.uniqueReference().substring(2, 10);
		String reference = "B-" + unique + "/KASN 05/2024";
		String existing = register(reference, CaseWalk.uniqueNip()).getBody().get("caseNumber").asText();
		UnaryOperator<String> respell = switch (spelling) {
			case "zero-width space" -> (r) -> r.replace("/KASN", "/\u200bKASN");
			case "no-break space" -> (r) -> r.replace(" ", "\u00a0");
			case "full-width solidus" -> (r) -> r.replace("/", "\uff0f");
			case "spaces around solidus" -> (r) -> r.replace("/", " / ");
			case "full-width letters and digits" ->
				(r) -> r.replace("KASN 05", "\uff2b\uff21\uff33\uff2e \uff10\uff15");
			case "soft hyphen" -> (r) -> r.replace("KASN", "KA\u00adSN");
			case "ideographic space" -> (r) -> r.replace(" ", "\u3000");
			default -> (r) -> r.replace("B-", "B - ");
		};
		String nip = CaseWalk.uniqueNip();

		ResponseEntity<JsonNode> again = register(respell.apply(reference), nip);

		assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody().get("existingCaseNumber").asText()).isEqualTo(existing);
		assertNoCaseOf(nip);
	}

	@Test
	void refusesAReferenceTooLongOnceUpperCasedNamingTheField() {
		String nip = CaseWalk.uniqueNip();

		ResponseEntity<JsonNode> response = register("ß".repeat(120), nip);

		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("referenceNumber");
		assertNoCaseOf(nip);
	}

	@Test
	void recomputesTheKeysOfCasesRegisteredUnderTheEarlierRule() throws Exception {
		String unique = CaseWalk.uniqueReference().substring(2, 10);
		String spelled = "B-" + unique + " \uff0f KASN\u200b/2024";
		String number = register(spelled, CaseWalk.uniqueNip()).getBody().get("caseNumber").asText();
		this.jdbc.update("update neutrality_case set reference_key = ? where case_number = ?", earlierKey(spelled),
				number);

		try (Connection connection = this.dataSource.getConnection()) {
			this.migration.recompute(connection);
		}

		assertThat(this.jdbc.queryForObject("select reference_key from neutrality_case where case_number = ?",
				String.class, number))
			.isEqualTo("B-" + unique.toUpperCase(Locale.ROOT) + "/KASN/2024");
		ResponseEntity<JsonNode> again = register("B-" + unique + "/KASN/2024", CaseWalk.uniqueNip());
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody().get("existingCaseNumber").asText()).isEqualTo(number);
	}

	@Test
	void keepsBothKeysWhenTwoCasesRegisteredUnderTheEarlierRuleAreTheSameLetter() throws Exception {
		String unique = CaseWalk.uniqueReference().substring(2, 10);
		String spelled = "B-" + unique + " / KASN/2024";
		String first = register(spelled, CaseWalk.uniqueNip()).getBody().get("caseNumber").asText();
		this.jdbc.update("update neutrality_case set reference_key = ? where case_number = ?", earlierKey(spelled),
				first);
		String second = register("B-" + unique + "/KASN/2024", CaseWalk.uniqueNip()).getBody()
			.get("caseNumber")
			.asText();

		try (Connection connection = this.dataSource.getConnection()) {
			this.migration.recompute(connection);
		}

		assertThat(this.jdbc.queryForObject("select reference_key from neutrality_case where case_number = ?",
				String.class, first))
			.isEqualTo(earlierKey(spelled));
		ResponseEntity<JsonNode> again = register(spelled, CaseWalk.uniqueNip());
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody().get("existingCaseNumber").asText()).isEqualTo(second);
	}

	/**
	 * The key as the rule before issue 17 made it: trimmed, spaces collapsed, upper case.
	 */
	private static String earlierKey(String reference) {
		return reference.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

	private ResponseEntity<JsonNode> register(String reference, String nip) {
		Map<String, Object> registration = CaseWalk.registration(REGION, reference, nip);
		return Api.as(this.rest, "intake-prob").post("/api/cases", registration);
	}

	private void assertNoCaseOf(String nip) {
		assertThat(Api.as(this.rest, "auditor")
			.get("/api/cases?employeeNip=" + nip)
			.getBody()
			.get("totalElements")
			.asLong()).as("cases of NIP %s", nip).isZero();
	}

}
