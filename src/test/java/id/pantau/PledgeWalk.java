package id.pantau;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pledge registry filled through the API as personnel staff do it: a campaign, its
 * unit, its signatories, the scan of its signed document.
 */
public final class PledgeWalk {

	/** A small PDF, as a scanner would give it. */
	public static final byte[] PDF = "%PDF-1.4\n% pakta integritas bertanda tangan\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final TestRestTemplate rest;

	private final String user;

	private PledgeWalk(TestRestTemplate rest, String user) {
		this.rest = rest;
		this.user = user;
	}

	/** Walks as the personnel officer (hr) of the region's demo users. */
	public static PledgeWalk as(TestRestTemplate rest, String user) {
		return new PledgeWalk(rest, user);
	}

	/** A new campaign of the region; answers its id. */
	public long campaign(String region, String kind, String title, LocalDate heldOn) {
		ResponseEntity<JsonNode> created = Api.as(this.rest, this.user)
			.post("/api/pledges/campaigns",
					Map.of("region", region, "kind", kind, "title", title, "heldOn", heldOn.toString()));
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("campaignId").asLong();
	}

	/**
	 * The employee signs the campaign in the unit "Dinas Pendidikan" (imported first).
	 */
	public PledgeWalk sign(long campaign, String nip) {
		String region = Api.as(this.rest, this.user)
			.get("/api/pledges/campaigns/" + campaign)
			.getBody()
			.get("region")
			.asText();
		finished(Api.as(this.rest, this.user)
			.upload("/api/pledges/units?region=" + region, "unit.csv", "text/csv",
					"Unit,Jumlah Pegawai\nDinas Pendidikan,120\n".getBytes(StandardCharsets.UTF_8)));
		JsonNode done = finished(Api.as(this.rest, this.user)
			.upload("/api/pledges/campaigns/" + campaign + "/signatories", "ttd.csv", "text/csv",
					("NIP,Nama,Unit\n" + nip + ",Budi Santoso Fiktif,Dinas Pendidikan\n")
						.getBytes(StandardCharsets.UTF_8)));
		assertThat(done.get("accepted").asInt()).as("%s", done).isEqualTo(1);
		return this;
	}

	/** Records the scan of the campaign's signed document; answers its SHA-256. */
	public String scan(long campaign) {
		ResponseEntity<JsonNode> added = Api.as(this.rest, this.user)
			.upload("/api/pledges/campaigns/" + campaign + "/document", "pakta.pdf", "application/pdf", PDF);
		assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
		return added.getBody().get("sha256").asText();
	}

	private JsonNode finished(ResponseEntity<JsonNode> started) {
		return ImportWait.finished(this.rest, this.user, "/api/pledges/imports/", started, Duration.ofSeconds(30));
	}

}
