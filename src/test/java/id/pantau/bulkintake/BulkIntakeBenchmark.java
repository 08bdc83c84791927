package id.pantau.bulkintake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times a generated list of 2,000 recommendations: how long the upload takes to answer,
 * how long the rows take to become cases, and how fast the case search answers meanwhile;
 * then the same list again (every row unchanged). Not part of the build (the name does
 * not end in Tests); run on demand:
 * {@code ./mvnw -o -q test -Dtest=BulkIntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the numbers from the output. Size: {@code -Dbenchmark.rows=…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
class BulkIntakeBenchmark {

	@Autowired
	TestRestTemplate rest;

	@Test
	void registersAListOfTwoThousandRowsWhileOtherRequestsAreServed() {
		int size = Integer.getInteger("benchmark.rows", 2000);
		StringBuilder csv = new StringBuilder(BulkIntakeIntegrationTests.HEADER);
		for (int i = 0; i < size; i++) {
			csv.append(BulkIntakeIntegrationTests.row((i % 2 == 0) ? "Bawaslu" : "BKN", CaseWalk.uniqueReference(),
					CaseWalk.uniqueNip(), "Pegawai " + i, "SOCMED_INTERACT"));
		}
		byte[] list = csv.toString().getBytes(StandardCharsets.UTF_8);

		long started = System.nanoTime();
		ResponseEntity<JsonNode> accepted = upload(list);
		long answeredMs = (System.nanoTime() - started) / 1_000_000;
		List<Long> searchMs = new ArrayList<>();
		JsonNode status = accepted.getBody();
		while ("RUNNING".equals(status.get("status").asText())) {
			long asked = System.nanoTime();
			ResponseEntity<JsonNode> search = Api.as(this.rest, "insp1-prob").get("/api/cases?region=probolinggo");
			searchMs.add((System.nanoTime() - asked) / 1_000_000);
			assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
			status = Api.as(this.rest, "intake-prob")
				.get("/api/intake/imports/" + accepted.getBody().get("importId").asLong())
				.getBody();
		}
		long doneMs = (System.nanoTime() - started) / 1_000_000;
		long againStarted = System.nanoTime();
		JsonNode again = BulkIntakeIntegrationTests.finished(this.rest, upload(list), Duration.ofMinutes(30));
		long againMs = (System.nanoTime() - againStarted) / 1_000_000;

		List<Long> sorted = searchMs.stream().sorted().toList();
		System.out.printf(
				"%d-row list: upload answered (202) in %d ms, all rows registered in %d ms "
						+ "(%.1f ms a row); %d case searches meanwhile: median %d ms, max %d ms; "
						+ "the same list again: %d ms, %d unchanged%n",
				size, answeredMs, doneMs, (double) doneMs / size, sorted.size(),
				sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2),
				sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1), againMs, again.get("unchanged").asInt());
		assertThat(status.get("status").asText()).isEqualTo("DONE");
		assertThat(status.get("accepted").asInt()).as("%s", status).isEqualTo(size);
		assertThat(again.get("unchanged").asInt()).isEqualTo(size);
	}

	private ResponseEntity<JsonNode> upload(byte[] list) {
		ResponseEntity<JsonNode> accepted = Api.as(this.rest, "intake-prob")
			.upload("/api/intake/imports?region=probolinggo", "rekomendasi-2000.csv", "text/csv", list);
		assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
		return accepted;
	}

}
