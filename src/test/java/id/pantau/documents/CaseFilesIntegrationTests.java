package id.pantau.documents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.Api;
import id.pantau.CaseWalk;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

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
 * Evidence upload and download: allow-list, size limit, hash on record, and a file
 * changed in storage refused with 409.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.audit.max-file-size=1KB")
@ActiveProfiles({ "local", "test" })
public class CaseFilesIntegrationTests {

	public static final byte[] PDF = "%PDF-1.4\n% bukti tangkapan layar\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	public TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DocumentsProperties properties;

	@Test
	void storesEvidenceWithItsHashAndHandsItBackUnchanged() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		ResponseEntity<JsonNode> stored = upload("intake-prob", walk.caseNumber(), "bukti.pdf", "application/pdf", PDF);

		assertThat(stored.getStatusCode()).as("%s", stored.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(stored.getBody().get("sha256").asText()).isEqualTo(CaseFiles.sha256(PDF));
		assertThat(stored.getBody().get("size").asLong()).isEqualTo(PDF.length);
		ResponseEntity<byte[]> download = download("auditor", walk.caseNumber(),
				stored.getBody().get("fileId").asLong());
		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getBody()).isEqualTo(PDF);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where case_number = ? and action = 'DOCUMENT_ADDED' and detail like ?",
				Long.class, walk.caseNumber(), "%" + CaseFiles.sha256(PDF) + "%"))
			.isEqualTo(1);
	}

	@Test
	void refusesToHandOutAFileChangedInStorage() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		long id = upload("intake-prob", walk.caseNumber(), "bukti.pdf", "application/pdf", PDF).getBody()
			.get("fileId")
			.asLong();

		this.jdbc.update("update stored_file_content set content = ? where file_id = ?",
				"%PDF-1.4 diubah".getBytes(StandardCharsets.US_ASCII), id);
		ResponseEntity<String> download = this.rest.withBasicAuth("auditor", Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + walk.caseNumber() + "/files/" + id, String.class);

		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(download.getBody()).contains("SHA-256").contains("expectedSha256");
	}

	@Test
	void refusesFilesOutsideTheAllowListOrTooLargeOrNotWhatTheyClaim() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		ResponseEntity<JsonNode> exe = upload("intake-prob", walk.caseNumber(), "x.exe", "application/octet-stream",
				new byte[] { 1, 2, 3 });
		ResponseEntity<JsonNode> big = upload("intake-prob", walk.caseNumber(), "big.txt", "text/plain",
				new byte[2048]);
		ResponseEntity<JsonNode> fake = upload("intake-prob", walk.caseNumber(), "fake.pdf", "application/pdf",
				"hello".getBytes(StandardCharsets.US_ASCII));

		assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(exe.getBody().get("errors").get(0).get("field").asText()).isEqualTo("file");
		assertThat(big.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(fake.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.jdbc.queryForObject("select count(*) from stored_file where case_number = ?", Long.class,
				walk.caseNumber()))
			.isZero();
	}

	@Test
	void refusesUploadsByAuditorsAndOutsideTheRegion() {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");

		assertThat(upload("auditor", walk.caseNumber(), "a.pdf", "application/pdf", PDF).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(upload("intake-pmk", walk.caseNumber(), "a.pdf", "application/pdf", PDF).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_log where action = 'WRITE_REFUSED' and actor = 'auditor' and case_number = ?",
				Long.class, walk.caseNumber()))
			.isEqualTo(1);
	}

	@Test
	void importsIntoTheDatabaseTheFilesAnEarlierVersionKeptOnDisk() throws Exception {
		CaseWalk walk = CaseWalk.registered(this.rest, "probolinggo");
		long kept = upload("intake-prob", walk.caseNumber(), "bukti.pdf", "application/pdf", PDF).getBody()
			.get("fileId")
			.asLong();
		long lost = upload("intake-prob", walk.caseNumber(), "hilang.pdf", "application/pdf", PDF).getBody()
			.get("fileId")
			.asLong();
		// as an earlier version left them: the bytes on disk, none in the database, and
		// one of the two files gone from the disk
		this.jdbc.update("delete from stored_file_content where file_id in (?, ?)", kept, lost);
		Path onDisk = this.properties.filesDirectory()
			.resolve(this.jdbc.queryForObject("select storage_key from stored_file where id = ?", String.class, kept));
		Files.createDirectories(onDisk.getParent());
		Files.write(onDisk, PDF);

		try (Connection connection = this.dataSource.getConnection()) {
			new StoredFileImport(this.properties).migrate(context(connection));
		}

		ResponseEntity<byte[]> imported = download("auditor", walk.caseNumber(), kept);
		assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).isEqualTo(PDF);
		assertThat(download("auditor", walk.caseNumber(), lost).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
	}

	private static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}

	public ResponseEntity<JsonNode> upload(String user, String number, String name, String type, byte[] bytes) {
		return Api.as(this.rest, user).upload("/api/cases/" + number + "/files", name, type, bytes);
	}

	ResponseEntity<byte[]> download(String user, String number, long id) {
		return this.rest.withBasicAuth(user, Api.DEMO_PASSWORD)
			.getForEntity("/api/cases/" + number + "/files/" + id, byte[].class);
	}

}
