package id.pantau.investigation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import id.pantau.PledgeWalk;
import id.pantau.TestCalendar;
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
 * Issue 15: the registry connected to the case. The integrity pact an employee signed
 * (with the scan of the signed document) and his earlier proven case are proposed to the
 * report of a new case against him; the inspector confirms what applies, the sanction
 * table's recommendation follows what was confirmed, and the recommendation keeps where
 * each factor came from. A pact signed after the report, a pledge that is no pact,
 * another region's pact and an earlier case not proven are not proposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class AggravationProposalsIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void proposesTheSignedPactAndTheEarlierProvenCaseAndKeepsWhatTheInspectorConfirmed() {
		String nip = CaseWalk.uniqueNip();
		LocalDate received = TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO);
		PledgeWalk hr = PledgeWalk.as(this.rest, "hr-prob");
		long pact = hr.campaign("probolinggo", "INTEGRITY_PACT", "Pakta integritas", received.minusDays(30));
		hr.sign(pact, nip);
		String scan = hr.scan(pact);
		hr.sign(hr.campaign("probolinggo", "NEUTRALITY_PLEDGE", "Ikrar netralitas", received.minusDays(30)), nip);
		hr.sign(hr.campaign("probolinggo", "INTEGRITY_PACT", "Pakta sesudahnya", received.plusDays(5)), nip);
		PledgeWalk.as(this.rest, "hr-pmk")
			.sign(PledgeWalk.as(this.rest, "hr-pmk")
				.campaign("pamekasan", "INTEGRITY_PACT", "Pakta wilayah lain", received.minusDays(30)), nip);
		String proven = CaseWalk.examined(this.rest, "probolinggo", nip, received.minusDays(20), "CANDIDACY")
			.writeReport(true)
			.review(true)
			.caseNumber();
		CaseWalk.examined(this.rest, "probolinggo", nip, received.minusDays(10), "CANDIDACY")
			.writeReport(false)
			.review(true);
		CaseWalk now = CaseWalk.examined(this.rest, "probolinggo", nip, received, "BEFORE_CANDIDACY");

		JsonNode proposals = Api.as(this.rest, "insp1-prob")
			.get("/api/cases/" + now.caseNumber() + "/investigation")
			.getBody()
			.get("aggravationProposals");
		assertThat(proposals).hasSize(2);
		assertThat(proposals.get(0).get("factor").asText()).isEqualTo("integrityPactSigned");
		assertThat(proposals.get(0).get("source").asText()).isEqualTo("PLEDGE_REGISTRY");
		assertThat(proposals.get(0).get("reference").asText()).isEqualTo(String.valueOf(pact));
		assertThat(proposals.get(0).get("dated").asText()).isEqualTo(received.minusDays(30).toString());
		assertThat(proposals.get(0).get("documentSha256").asText()).isEqualTo(scan);
		assertThat(proposals.get(1).get("factor").asText()).isEqualTo("repeatOffence");
		assertThat(proposals.get(1).get("source").asText()).isEqualTo("EARLIER_CASE");
		assertThat(proposals.get(1).get("reference").asText()).isEqualTo(proven);

		// before the nomination of candidates, a signed pact makes the ethics statement
		// an
		// open one: the confirmed factor reaches the table
		Map<String, Object> acts = Map.of("actsProven", List.of("SOCMED_INTERACT"));
		JsonNode without = Api.as(this.rest, "insp1-prob")
			.post("/api/cases/" + now.caseNumber() + "/recommendation/preview", acts)
			.getBody()
			.get("candidateSanctions");
		JsonNode withPact = Api.as(this.rest, "insp1-prob")
			.post("/api/cases/" + now.caseNumber() + "/recommendation/preview",
					Map.of("actsProven", List.of("SOCMED_INTERACT"), "aggravation",
							Map.of("integrityPactSigned", true)))
			.getBody();
		now.act("insp1-prob", "Task_WriteReport",
				Map.of("proven", true, "actsProven", List.of("SOCMED_INTERACT"), "findings", "Terbukti.", "legalBasis",
						"PP 94/2021 Pasal 5 huruf n", "recommendedSanction",
						withPact.get("candidateSanctions").get(0).asText(), "aggravation",
						Map.of("integrityPactSigned", true, "repeatOffence", false)));
		JsonNode recommended = Api.as(this.rest, "insp1-prob")
			.get("/api/cases/" + now.caseNumber() + "/recommendation")
			.getBody();
		assertThat(without.toString()).isEqualTo("[\"CLOSED_STATEMENT\"]");
		assertThat(recommended.get("candidateSanctions").toString()).isEqualTo("[\"OPEN_STATEMENT\"]");

		List<Map<String, Object>> kept = this.jdbc.queryForList("""
				select p.factor, p.source, p.reference, p.document_sha256, r.integrity_pact_signed, r.repeat_offence
				from sanction_recommendation_proposal p join sanction_recommendation r on r.id = p.recommendation_id
				where r.id = (select max(x.id) from sanction_recommendation x
				    where x.case_id = (select c.id from neutrality_case c where c.case_number = ?))
				order by p.position""", now.caseNumber());
		assertThat(kept).hasSize(2);
		assertThat(kept.get(0)).containsEntry("FACTOR", "integrityPactSigned")
			.containsEntry("REFERENCE", String.valueOf(pact))
			.containsEntry("DOCUMENT_SHA256", scan)
			.containsEntry("INTEGRITY_PACT_SIGNED", true);
		assertThat(kept.get(1)).containsEntry("FACTOR", "repeatOffence")
			.containsEntry("SOURCE", "EARLIER_CASE")
			.containsEntry("REFERENCE", proven)
			.containsEntry("REPEAT_OFFENCE", false);
	}

	@Test
	void proposesNothingForAnEmployeeWithoutPactOrEarlierCase() {
		CaseWalk walk = CaseWalk.examined(this.rest, "probolinggo", CaseWalk.uniqueNip(),
				TestCalendar.today().minusDays(CaseWalk.RECEIVED_DAYS_AGO), "CANDIDACY");
		assertThat(Api.as(this.rest, "insp1-prob")
			.get("/api/cases/" + walk.caseNumber() + "/investigation")
			.getBody()
			.get("aggravationProposals")).isEmpty();
	}

	@Test
	void keepsEveryScanOfACampaignAndRefusesAFileThatIsNoScan() {
		long pact = PledgeWalk.as(this.rest, "hr-prob")
			.campaign("probolinggo", "INTEGRITY_PACT", "Pakta integritas", TestCalendar.today().minusDays(3));
		String path = "/api/pledges/campaigns/" + pact + "/document";
		assertThat(Api.as(this.rest, "hr-prob").get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<JsonNode> text = Api.as(this.rest, "hr-prob")
			.upload(path, "pakta.pdf", "application/pdf", "bukan pindaian".getBytes(StandardCharsets.UTF_8));
		assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(text.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
		assertThat(Api.as(this.rest, "insp1-prob")
			.upload(path, "pakta.pdf", "application/pdf", PledgeWalk.PDF)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "hr-pmk")
			.upload(path, "pakta.pdf", "application/pdf", PledgeWalk.PDF)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from pledge_campaign_document where campaign_id = ?",
				Long.class, pact))
			.isZero();

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };
		Api.as(this.rest, "hr-prob").upload(path, "pakta.pdf", "application/pdf", PledgeWalk.PDF);
		ResponseEntity<JsonNode> second = Api.as(this.rest, "hr-prob").upload(path, "pakta.png", "image/png", png);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getBody().get("contentType").asText()).isEqualTo("image/png");

		ResponseEntity<byte[]> shown = this.rest.withBasicAuth("insp1-prob", Api.DEMO_PASSWORD)
			.getForEntity(path, byte[].class);
		assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(shown.getBody()).isEqualTo(png);
		assertThat(shown.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(second.getBody().get("sha256").asText());
		assertThat(Api.as(this.rest, "insp1-prob")
			.get("/api/pledges/campaigns/" + pact)
			.getBody()
			.get("documentSha256")
			.asText()).isEqualTo(second.getBody().get("sha256").asText());
		assertThat(this.rest.withBasicAuth("insp1-pmk", Api.DEMO_PASSWORD)
			.getForEntity(path, byte[].class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from pledge_campaign_document where campaign_id = ?",
				Long.class, pact))
			.isEqualTo(2);
	}

}
