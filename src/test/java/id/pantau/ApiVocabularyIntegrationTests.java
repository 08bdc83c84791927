package id.pantau;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One name per concept across the whole API: the OpenAPI document ({@code /v3/api-docs})
 * uses none of the names the vocabulary retired, and every field and parameter it names
 * is in the vocabulary of {@code docs/api.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class ApiVocabularyIntegrationTests {

	/** Names used for a concept before issue 10, with the one name now used for it. */
	private static final Map<String, String> RETIRED = Map.ofEntries(Map.entry("number", "caseNumber"),
			Map.entry("step", "stepKey"), Map.entry("role", "roles (the actor's) / recipientRole"),
			Map.entry("dueDate", "dueAt"), Map.entry("created", "createdAt"),
			Map.entry("candidateGroups", "candidateRoles"), Map.entry("recipientGroup", "recipientRole"),
			Map.entry("nip", "employeeNip (a query; employee.nip inside an employee)"), Map.entry("user", "actor"),
			Map.entry("id", "fileId"), Map.entry("ascending", "direction"), Map.entry("overdueEver", "late"),
			Map.entry("overdueSteps", "lateSteps"), Map.entry("followUpRate", "followUpRatePercent"),
			Map.entry("deviatedFromRecommendation", "deviatedFromReport"), Map.entry("at", "sentAt / at (timeline)"));

	/** Where a retired name still means its own thing. */
	private static final Set<String> KEPT = Set.of("HistoryEntry.at", "Employee.nip", "ReportedEmployee.nip");

	@Autowired
	TestRestTemplate rest;

	@Test
	void usesNoRetiredNameForAFieldOrAParameter() {
		Map<String, String> found = new TreeMap<>();
		names(document()).forEach((where, name) -> {
			if (RETIRED.containsKey(name) && !KEPT.contains(where)) {
				found.put(where, name + " -> " + RETIRED.get(name));
			}
		});
		assertThat(found).as("retired names still in the API").isEmpty();
	}

	@Test
	void documentsEveryFieldAndParameterInTheVocabularyOfTheApiDocs() throws Exception {
		String docs = Files.readString(Path.of("docs/api.md"));
		Set<String> missing = new TreeSet<>();
		names(document()).forEach((where, name) -> {
			if (!docs.contains("`" + name + "`")) {
				missing.add(name + " (" + where + ")");
			}
		});
		assertThat(missing).as("fields and parameters to add to the vocabulary in docs/api.md").isEmpty();
	}

	private JsonNode document() {
		return Api.as(this.rest, "admin").get("/v3/api-docs").getBody();
	}

	/** Every property of every schema and every parameter, by where it is. */
	private static Map<String, String> names(JsonNode doc) {
		Map<String, String> names = new TreeMap<>();
		doc.at("/components/schemas").properties().forEach((schema) -> {
			JsonNode properties = schema.getValue().get("properties");
			if (properties != null) {
				properties.properties().forEach((p) -> names.put(schema.getKey() + "." + p.getKey(), p.getKey()));
			}
		});
		doc.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode parameters = operation.getValue().get("parameters");
			if (parameters != null) {
				parameters.forEach((p) -> names.put(
						operation.getKey().toUpperCase() + " " + path.getKey() + " ?" + p.get("name").asText(),
						p.get("name").asText()));
			}
		}));
		return names;
	}

}
