package id.pantau.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sanction table's evaluations for a case's report are part of the case's record: its
 * timeline and its dossier show each one with the region, the inspector, what the table
 * was given and what it answered, and the table version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class DecisionHistoryIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void showsTheReportsEvaluationsOfTheSanctionTableInTheTimelineWithRegionInspectorAndVersion() throws Exception {
		CaseWalk walk = reported();
		int version = Api.as(this.rest, "auditor")
			.get("/api/cases/" + walk.caseNumber() + "/recommendation")
			.getBody()
			.get("tableVersion")
			.asInt();

		List<JsonNode> evaluations = recommendations(history(walk));

		assertThat(evaluations).as("one evaluation per proven act").hasSize(2);
		for (JsonNode e : evaluations) {
			assertThat(e.get("region").asText()).isEqualTo("probolinggo");
			assertThat(e.get("actor").asText()).isEqualTo("insp1-prob");
			assertThat(e.get("roles").asText()).contains("inspector");
			assertThat(e.get("stepKey").asText()).isEqualTo("Task_WriteReport");
			JsonNode detail = this.json.readTree(e.get("detail").asText());
			assertThat(detail.get("version").asInt()).isEqualTo(version);
			assertThat(detail.at("/inputs/Tahapan pemilihan").asText()).isEqualTo("CANDIDACY");
		}
		assertThat(catalogueInputs(history(walk))).containsExactlyInAnyOrder("SOCMED_INTERACT", "APPROACH_PARTY");
		assertThat(evaluations).extracting((e) -> this.json.readTree(e.get("detail").asText()))
			.extracting((d) -> d.at("/outputs/0/level").asText())
			.containsExactlyInAnyOrder("SEVERE", "MODERATE");
	}

	@Test
	void leavesAPreviewOutOfTheCasesRecord() {
		CaseWalk walk = reported();
		int before = recommendations(history(walk)).size();

		ResponseEntity<JsonNode> preview = Api.as(this.rest, "insp1-prob")
			.post("/api/cases/" + walk.caseNumber() + "/recommendation/preview",
					Map.of("actsProven", List.of("BANNER")));

		assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(recommendations(history(walk))).hasSize(before);
	}

	@Test
	void printsTheEvaluationsInTheDossier() throws Exception {
		CaseWalk walk = reported();

		ResponseEntity<byte[]> pdf = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + walk.caseNumber() + "/dossier.pdf", byte[].class);

		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		String text;
		try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
			text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
		}
		assertThat(text).contains("Tabelkeputusandievaluasi")
			.contains("\"decision\":\"SanctionRecommendation\"")
			.contains("SOCMED_INTERACT")
			.contains("APPROACH_PARTY")
			.contains("BambangWicaksono(InspekturPembantu)")
			.doesNotContain("insp1-prob");
	}

	/** A case whose inspectors wrote a proven report of two acts of different weight. */
	private CaseWalk reported() {
		return CaseWalk.examined(this.rest, "probolinggo")
			.act("insp1-prob", "Task_WriteReport",
					Map.of("proven", true, "actsProven", List.of("SOCMED_INTERACT", "APPROACH_PARTY"), "findings",
							"Terbukti.", "legalBasis", "PP 94/2021 Pasal 5 huruf n", "recommendedSanction",
							"DEMOTION_12_MONTHS"));
	}

	/**
	 * The acts the catalogue of the table was asked about, as the timeline shows them.
	 */
	private List<String> catalogueInputs(JsonNode history) throws Exception {
		List<String> acts = new ArrayList<>();
		for (JsonNode e : history) {
			if ("DECISION_EVALUATED".equals(e.get("type").asText())
					&& e.get("detail").asText().contains("\"decision\":\"ViolationCatalogue\"")) {
				assertThat(e.get("actor").asText()).isEqualTo("insp1-prob");
				acts.add(this.json.readTree(e.get("detail").asText()).at("/inputs/Kode pelanggaran").asText());
			}
		}
		return acts;
	}

	private JsonNode history(CaseWalk walk) {
		ResponseEntity<JsonNode> history = Api.as(this.rest, "auditor")
			.get("/api/cases/" + walk.caseNumber() + "/history");
		assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
		return history.getBody();
	}

	/** The timeline's evaluations of the recommendation table (not of its catalogue). */
	private List<JsonNode> recommendations(JsonNode history) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode e : history) {
			if ("DECISION_EVALUATED".equals(e.get("type").asText())
					&& e.get("detail").asText().contains("\"decision\":\"SanctionRecommendation\"")) {
				found.add(e);
			}
		}
		return found;
	}

}
