package id.pantau;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * Camunda's REST API and webapps are for administrators only; the API documentation is
 * public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class CamundaAccessTests {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProcessEngine engine;

	@Test
	void letsAdministratorUseEngineRestApi() {
		ResponseEntity<String> response = get("admin", "/engine-rest/engine");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"name\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppk-prob", "ppk-pmk", "auditor", "intake-pmk" })
	void refusesEngineRestApiToOtherRoles(String user) {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String engine = this.engine.getName();

		ResponseEntity<String> engines = get(user, "/engine-rest/engine");
		ResponseEntity<String> tasks = get(user, "/engine-rest/engine/" + engine + "/task");
		ResponseEntity<String> webappEngines = get(user, "/camunda/api/engine/engine/");

		assertThat(engines.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(tasks.getBody()).doesNotContain(walk.taskId("Task_VerifyCase"));
		assertThat(webappEngines.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void hidesEngineTasksFromAnonymousCaller() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		String engine = this.engine.getName();

		ResponseEntity<String> tasks = get(null, "/engine-rest/engine/" + engine + "/task?maxResults=1000");
		// the administrator's engine queries are paged like everyone's (decision 7)
		ResponseEntity<String> asAdmin = get("admin", "/engine-rest/engine/" + engine + "/task?maxResults=1000");

		assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(tasks.getBody()).doesNotContain(walk.taskId("Task_VerifyCase"));
		assertThat(asAdmin.getBody()).contains(walk.taskId("Task_VerifyCase"));
	}

	@Test
	void refusesEngineRestApiToAnonymousCaller() {
		ResponseEntity<String> response = get(null, "/engine-rest/engine");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
	}

	@Test
	void refusesEngineRestApiWithWrongPassword() {
		ResponseEntity<String> response = this.rest.withBasicAuth("admin", "Pantau#Demo2023")
			.exchange("/engine-rest/engine", HttpMethod.GET, null, String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/camunda/app/cockpit/", "/camunda/app/tasklist/", "/camunda/app/admin/" })
	void refusesCamundaWebappsToOtherRoles(String app) {
		ResponseEntity<String> response = get("ppk-prob", app);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).doesNotContainIgnoringCase("<html");
	}

	@Test
	void refusesCockpitToAnonymousCaller() {
		ResponseEntity<String> response = get(null, "/camunda/app/cockpit/");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void servesCockpitToAdministrator() {
		// name this context's engine: tests give every engine a unique name, and without
		// a name
		// the webapp looks for an engine called "default", which only the running app has
		String cockpit = "/camunda/app/cockpit/" + this.engine.getName() + "/";
		ResponseEntity<String> response = get("admin", cockpit);

		assertThat(response.getStatusCode()).as("%s", response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("<html");
	}

	@Test
	void signsAdministratorIntoCockpitWithoutSecondLogin() {
		String engine = this.engine.getName();
		ResponseEntity<String> page = get("admin", "/camunda/app/cockpit/" + engine + "/");
		String session = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
		assertThat(session).as("session cookie").isNotNull();

		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.COOKIE, session.split(";")[0]);
		ResponseEntity<String> who = this.rest.withBasicAuth("admin", Api.DEMO_PASSWORD)
			.exchange("/camunda/api/admin/auth/user/" + engine, HttpMethod.GET, new HttpEntity<>(headers),
					String.class);

		assertThat(who.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(who.getBody()).contains("\"userId\":\"admin\"").contains("cockpit");
	}

	@Test
	void publishesApiDocumentationAnonymously() {
		ResponseEntity<String> docs = get(null, "/v3/api-docs");

		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("\"openapi\"").contains("/api/cases").contains("/api/tasks");
		assertThat(docs.getBody()).doesNotContain("/engine-rest");
	}

	@Test
	void servesSwaggerUiAnonymously() {
		ResponseEntity<String> ui = get(null, "/swagger-ui.html");

		if (ui.getStatusCode().is3xxRedirection()) {
			String location = ui.getHeaders().getLocation().getPath();
			assertThat(location).startsWith("/swagger-ui/");
			ui = get(null, location);
		}
		assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ui.getBody()).containsIgnoringCase("swagger");
	}

	private ResponseEntity<String> get(String user, String path) {
		TestRestTemplate client = (user != null) ? this.rest.withBasicAuth(user, Api.DEMO_PASSWORD) : this.rest;
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
		return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
