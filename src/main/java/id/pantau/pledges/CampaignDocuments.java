package id.pantau.pledges;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.ScanType;
import id.pantau.shared.Upload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scanned document of a campaign (the signed sheets, as PDF, JPEG or PNG): the
 * evidence behind the aggravating factor "signed an integrity pact". Personnel staff (hr)
 * and administrators of the region upload it; everyone of the region reads it. A new
 * upload replaces the one shown; every upload is kept, so that a recommendation's SHA-256
 * still names the scan it relied on.
 */
@Component
public class CampaignDocuments {

	private static final Logger log = LoggerFactory.getLogger(CampaignDocuments.class);

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final Campaigns campaigns;

	private final PledgeProperties properties;

	CampaignDocuments(JdbcClient jdbc, AccessPolicy policy, Campaigns campaigns, PledgeProperties properties) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.campaigns = campaigns;
		this.properties = properties;
	}

	/**
	 * A campaign's scanned document as recorded.
	 *
	 * @param documentId its own number (every upload has one)
	 * @param sha256 the SHA-256 of its bytes, hex
	 */
	public record CampaignDocument(long documentId, long campaignId, String fileName, String contentType,
			long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
	}

	/** A document with its bytes. */
	public record Download(CampaignDocument document, byte[] bytes) {

		/** As an attachment, with its SHA-256 in a header. */
		public ResponseEntity<byte[]> asAttachment() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(this.document.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.document.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-SHA256", this.document.sha256())
				.body(this.bytes);
		}

	}

	/**
	 * Records a scan of the campaign's signed document.
	 * @throws InvalidInputException (field {@code file}) for an empty or too large file,
	 * or one that is not a PDF, JPEG or PNG by its content
	 */
	@Transactional
	public CampaignDocument add(PantauUser user, long campaignId, String fileName, byte[] bytes) {
		this.policy.requireAnyRole(user, Groups.HR, Groups.ADMIN);
		Campaigns.Campaign campaign = this.campaigns.get(user, campaignId);
		if (bytes.length == 0) {
			throw new InvalidInputException("file", "pledges.document.empty");
		}
		if (bytes.length > this.properties.maxFileSize().toBytes()) {
			throw new InvalidInputException("file", "sheet.file.too-large",
					this.properties.maxFileSize().toMegabytes());
		}
		String type = ScanType.of(bytes)
			.orElseThrow(() -> new InvalidInputException("file", "pledges.document.not-a-scan"));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		String sha256 = Upload.sha256(bytes);
		this.jdbc.sql("""
				insert into pledge_campaign_document (campaign_id, file_name, content_type, size_bytes, sha256, content,
				    uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(campaignId, Upload.safeName(fileName), type, bytes.length, sha256, bytes, user.username(),
					BusinessTime.utc(BusinessTime.now()))
			.update(key, "id");
		log.info("Scan {} of campaign {} ({}) recorded by {} in {}", sha256, campaignId, type, user.username(),
				campaign.region());
		return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	/** The campaign's document shown now (its newest upload), if any. */
	@Transactional(readOnly = true)
	public Optional<CampaignDocument> current(PantauUser user, long campaignId) {
		this.campaigns.get(user, campaignId);
		return latest(campaignId);
	}

	/**
	 * The campaign's document shown now, with its bytes.
	 * @throws NotFoundException (404) when the campaign has no scan
	 */
	@Transactional(readOnly = true)
	public Download download(PantauUser user, long campaignId) {
		CampaignDocument found = current(user, campaignId)
			.orElseThrow(() -> new NotFoundException("pledges.document.not-found", campaignId));
		byte[] bytes = this.jdbc.sql("select content from pledge_campaign_document where id = ?")
			.param(found.documentId())
			.query((rs, n) -> rs.getBytes(1))
			.single();
		return new Download(found, bytes);
	}

	Optional<CampaignDocument> latest(long campaignId) {
		return this.jdbc
			.sql(SELECT + " where d.id = (select max(x.id) from pledge_campaign_document x where x.campaign_id = ?)")
			.param(campaignId)
			.query(CampaignDocuments::row)
			.optional();
	}

	private Optional<CampaignDocument> find(long documentId) {
		return this.jdbc.sql(SELECT + " where d.id = ?").param(documentId).query(CampaignDocuments::row).optional();
	}

	private static final String SELECT = """
			select d.id, d.campaign_id, d.file_name, d.content_type, d.size_bytes, d.sha256, d.uploaded_by,
			       d.uploaded_at from pledge_campaign_document d""";

	private static CampaignDocument row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CampaignDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
	}

}
