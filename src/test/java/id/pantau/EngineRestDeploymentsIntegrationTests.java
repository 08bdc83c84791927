package id.pantau;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an operator turns deployments through Camunda's REST API on
 * ({@code pantau.engine.rest-deployments}), each one is in the audit log with the
 * administrator's name, and its models still reach no application bean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.engine.rest-deployments=true")
@ActiveProfiles({ "local", "test" })
class EngineRestDeploymentsIntegrationTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void recordsADeploymentThroughTheEngineRestApiWithTheAdministratorsName() {
		ResponseEntity<JsonNode> deployed = BackDoorModel.deploy(this.rest,
				"/engine-rest/engine/" + this.engine.getName() + "/deployment/create", new HttpHeaders());

		assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
		String deployment = deployed.getBody().get("id").asText();
		List<Map<String, Object>> recorded = this.jdbc.queryForList(
				"select actor, subject, detail from audit_log where action = 'ADMIN_OPERATION' and detail like ?",
				"%Deployment%");
		assertThat(recorded).anySatisfy((e) -> {
			assertThat(e).containsEntry("ACTOR", "admin").containsEntry("SUBJECT", "Create");
		});
		assertThat(this.engine.getRepositoryService().createDeploymentQuery().deploymentId(deployment).count()).isOne();
	}

}
