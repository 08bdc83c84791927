package id.pantau;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moves a case along its route over HTTP: find the step's task, claim it, complete it.
 */
public final class CaseWalk {

	private CaseWalk() {
	}

	/** Claims and completes the case's open task at {@code step} as {@code user}. */
	public static JsonNode act(TestRestTemplate rest, String user, String number, String step, Map<String, ?> payload) {
		String taskId = taskId(rest, number, step);
		Api api = Api.as(rest, user);
		ResponseEntity<JsonNode> claimed = api.post("/api/tasks/" + taskId + "/claim");
		assertThat(claimed.getStatusCode()).as("claim %s: %s", step, claimed.getBody()).isEqualTo(HttpStatus.OK);
		ResponseEntity<JsonNode> completed = api.post("/api/tasks/" + taskId + "/complete", payload);
		assertThat(completed.getStatusCode()).as("complete %s: %s", step, completed.getBody()).isEqualTo(HttpStatus.OK);
		return completed.getBody();
	}

	/** The task definition keys of the case's open steps. */
	public static List<String> steps(TestRestTemplate rest, String number) {
		List<String> steps = new ArrayList<>();
		current(rest, number).forEach((s) -> steps.add(s.get("step").asText()));
		return steps;
	}

	/** The id of the case's open task at {@code step}. */
	public static String taskId(TestRestTemplate rest, String number, String step) {
		JsonNode current = current(rest, number);
		for (JsonNode s : current) {
			if (step.equals(s.get("step").asText())) {
				return s.get("taskId").asText();
			}
		}
		throw new AssertionError("Case " + number + " is not at " + step + " but at " + current);
	}

	private static JsonNode current(TestRestTemplate rest, String number) {
		return Api.as(rest, "auditor").get("/api/cases/" + number).getBody().get("currentSteps");
	}

}
