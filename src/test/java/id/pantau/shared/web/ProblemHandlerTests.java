package id.pantau.shared.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors the framework raises are answered like Pantau's own: problem+json, Indonesian
 * first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ProblemHandlerTests {

	@Autowired
	TestRestTemplate rest;

	@Test
	void answersUnknownAddressInIndonesianAndEnglish() {
		ResponseEntity<JsonNode> id = Api.as(this.rest, "auditor").get("/api/nothing-here");
		ResponseEntity<JsonNode> en = Api.as(this.rest, "auditor").inEnglish().get("/api/nothing-here");

		assertThat(id.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(id.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(id.getBody().get("title").asText()).isEqualTo("Tidak ditemukan");
		assertThat(id.getBody().get("detail").asText()).isEqualTo("Alamat ini tidak ada.");
		assertThat(en.getBody().get("title").asText()).isEqualTo("Not found");
	}

	@Test
	void answersWrongMethodAndMediaTypeInIndonesian() {
		ResponseEntity<JsonNode> method = Api.as(this.rest, "intake-prob").get("/api/tasks/any/claim");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.TEXT_PLAIN);
		ResponseEntity<JsonNode> media = this.rest.withBasicAuth("intake-prob", Api.DEMO_PASSWORD)
			.exchange("/api/cases", HttpMethod.POST, new HttpEntity<>("x", headers), JsonNode.class);

		assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(method.getBody().get("title").asText()).isEqualTo("Metode tidak didukung");
		assertThat(media.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(media.getBody().get("detail").asText()).contains("application/json");
	}

	@Test
	void listsTheChoicesOfAnUnknownQueryValue() {
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").get("/api/tasks?view=all");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("view");
		assertThat(response.getBody().at("/errors/0/message").asText()).contains("mine, group, overdue");
	}

	@Test
	void namesSetWithNullEntryByItsName() {
		Map<String, Object> registration = CaseFixture.with(CaseFixture.registration("probolinggo", "B-NULL-ACT/1"),
				"allegedActs", java.util.Arrays.asList("BANNER", null));
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/cases", registration);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("allegedActs");
	}

	@Test
	void namesNumberTooLargeWithoutQuotingNothing() {
		Map<String, Object> registration = CaseFixture.with(CaseFixture.registration("probolinggo", "B-OVERFLOW/1"),
				"election", Map.of("type", "PILKADA", "year", 99999999999L, "stage", "CANDIDACY"));
		ResponseEntity<JsonNode> response = Api.as(this.rest, "intake-prob").post("/api/cases", registration);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("election.year");
		assertThat(response.getBody().at("/errors/0/message").asText()).isEqualTo("nilai tidak valid untuk kolom ini");
	}

}
