package id.pantau.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pantau's API with the real Keycloak: every demo user of the realm gets a token with his
 * roles and regions, and the case route's rules (role, region, read-only auditor) hold
 * for bearer tokens exactly as for local logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "keycloak", "test" })
@ExtendWith(KeycloakServer.class)
class KeycloakApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfiguredUsers demoUsers;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcClient jdbc;

	TestRestTemplate rest;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		KeycloakTestSupport.keycloakProperties(registry);
	}

	@BeforeEach
	void bearerClient() {
		this.rest = KeycloakTestSupport.bearerRest(this.port);
	}

	@Test
	void givesEveryDemoUserOfTheRealmHisRolesAndRegions() throws Exception {
		List<String> checked = new ArrayList<>();
		for (String username : List.of("intake-prob", "insp1-prob", "insp2-prob", "inspektur-prob", "hr-prob",
				"ppk-prob", "intake-pmk", "insp1-pmk", "insp2-pmk", "inspektur-pmk", "hr-pmk", "ppk-pmk", "intake-bll",
				"insp1-bll", "insp2-bll", "inspektur-bll", "hr-bll", "ppk-bll", "auditor", "admin")) {
			PantauUser expected = this.demoUsers.find(username).orElseThrow();
			var claims = SignedJWT.parse(KeycloakServer.get().token(username, Api.DEMO_PASSWORD)).getJWTClaimsSet();
			assertThat(claims.getStringListClaim("roles")).as(username)
				.containsExactlyInAnyOrderElementsOf(expected.roles());
			assertThat(claims.getStringListClaim("regions")).as(username)
				.containsExactlyInAnyOrderElementsOf(expected.regions());
			assertThat(claims.getAudience()).as(username).contains("pantau-api");
			assertThat(Api.as(this.rest, username).get("/api/tasks?view=mine").getStatusCode()).as(username)
				.isEqualTo(HttpStatus.OK);
			checked.add(username);
		}
		assertThat(checked).hasSize(20);
	}

	@Test
	void showsEachRoleOnlyTheTasksOfItsGroupAndRegion() {
		CaseWalk probolinggo = CaseWalk.registered(this.rest, "probolinggo");
		CaseWalk pamekasan = CaseWalk.registered(this.rest, "pamekasan");

		assertThat(groupCases("intake-prob")).contains(probolinggo.caseNumber()).doesNotContain(pamekasan.caseNumber());
		assertThat(groupCases("intake-pmk")).contains(pamekasan.caseNumber()).doesNotContain(probolinggo.caseNumber());
		assertThat(groupCases("ppk-prob")).doesNotContain(probolinggo.caseNumber(), pamekasan.caseNumber());
		assertThat(Api.as(this.rest, "intake-pmk").get("/api/cases/" + probolinggo.caseNumber()).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "intake-prob").get("/api/tasks?view=group&region=pamekasan").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesThePpkOfAnotherRegionTheDecision() {
		CaseWalk drafted = CaseWalk.drafted(this.rest, "probolinggo");
		String decision = "/api/tasks/" + drafted.taskId("Task_DecideSanction") + "/claim";

		ResponseEntity<JsonNode> foreign = Api.as(this.rest, "ppk-pmk").post(decision);
		assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(foreign.getBody().get("detail").asText()).contains("probolinggo");
		assertThat(Api.as(this.rest, "ppk-prob").post(decision).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(drafted.assignee("Task_DecideSanction")).isEqualTo("ppk-prob");
	}

	@Test
	void letsTheAuditorReadEveryRegionButWriteNothing() {
		CaseWalk walk = CaseWalk.registered(this.rest, "pamekasan");
		Api auditor = Api.as(this.rest, "auditor");

		assertThat(auditor.get("/api/cases/" + walk.caseNumber()).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(auditor.get("/api/cases/" + walk.caseNumber() + "/history").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(auditor
			.post("/api/cases", CaseWalk.registration("pamekasan", CaseWalk.uniqueReference(), CaseWalk.uniqueNip()))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(auditor.post("/api/tasks/" + walk.taskId("Task_VerifyCase") + "/claim").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(walk.assignee("Task_VerifyCase")).isNull();
	}

	@Test
	void opensCamundasRestApiToTheAdminOnly() {
		assertThat(Api.as(this.rest, "admin").get("/engine-rest/engine").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "ppk-prob").get("/engine-rest/engine").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void recordsWhoCalledAsTheTokenDescribedHim() {
		Api.as(this.rest, "hr-pmk").get("/api/tasks?view=mine");

		Map<String, Object> recorded = this.jdbc.sql("select name, roles, regions from known_user where username = ?")
			.param("hr-pmk")
			.query()
			.singleRow();
		assertThat(recorded).containsEntry("NAME", "Imam Santoso")
			.containsEntry("ROLES", "hr")
			.containsEntry("REGIONS", "pamekasan");
		assertThat(this.directory.find("hr-pmk").orElseThrow().regions()).containsExactly("pamekasan");
	}

	private List<String> groupCases(String username) {
		JsonNode page = Api.as(this.rest, username).get("/api/tasks?view=group&size=100").getBody();
		List<String> numbers = new ArrayList<>();
		page.get("content").forEach((row) -> numbers.add(row.get("caseNumber").asText()));
		return numbers;
	}

}
