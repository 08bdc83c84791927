package id.pantau.pledges;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;
import id.pantau.shared.BusinessTime;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.MultiLine;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PageView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledge and pact campaigns of a region: what was pledged or signed, when, where, led by
 * whom, the points pledged and the units covered. Personnel staff (hr) and administrators
 * record them; everyone of the region reads them.
 */
@Component
public class Campaigns {

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	private final RegionTime regionTime;

	Campaigns(JdbcClient jdbc, AccessPolicy policy, RegionTime regionTime) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.regionTime = regionTime;
	}

	/**
	 * A new campaign.
	 *
	 * @param points the points pledged, one per line (Pringsewu's four, say)
	 * @param units the units (OPD) covered, one per line; none: the whole region
	 */
	public record NewCampaign(@NotBlank @Size(max = 40) String region, @NotNull PledgeKind kind,
			@NotBlank @Size(max = 200) String title, @NotNull LocalDate heldOn, @Size(max = 200) String place,
			@Size(max = 200) String ledBy, @Size(max = 4000) @MultiLine String points,
			@Size(max = 4000) @MultiLine String units) {
	}

	/**
	 * A campaign as it is recorded.
	 *
	 * @param signatories how many signed (imported so far)
	 * @param documentSha256 the SHA-256 of its scanned document shown now, if it has one
	 * ({@link CampaignDocuments})
	 */
	public record Campaign(long campaignId, String region, PledgeKind kind, String title, LocalDate heldOn,
			String place, String ledBy, List<String> points, List<String> units, String createdBy, Instant createdAt,
			long signatories, String documentSha256) {
	}

	@Transactional
	public Campaign create(PantauUser user, NewCampaign c) {
		this.policy.requireAnyRole(user, Groups.HR, Groups.ADMIN);
		this.policy.requireRegion(user, c.region());
		if (c.heldOn().isAfter(this.regionTime.today(c.region()))) {
			throw new InvalidInputException("heldOn", "pledges.campaign.held-on-future");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into pledge_campaign (region_code, kind, title, held_on, place, led_by, points, units, created_by,
					    created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.region(), c.kind().name(), c.title().strip(), c.heldOn(), blankToNull(c.place()),
					blankToNull(c.ledBy()), blankToNull(c.points()), blankToNull(c.units()), user.username(),
					BusinessTime.utc(BusinessTime.now()))
			.update(key, "id");
		return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Campaign get(PantauUser user, Long id) {
		if (id == null) {
			throw new InvalidInputException("campaignId", "pledges.campaign.missing");
		}
		Campaign found = find(id).orElseThrow(() -> new NotFoundException("pledges.campaign.not-found", id));
		this.policy.requireRegion(user, found.region());
		return found;
	}

	@Transactional(readOnly = true)
	public PageView<Campaign> list(PantauUser user, String region, int page, int size) {
		this.policy.requireRegion(user, region);
		long total = this.jdbc.sql("select count(*) from pledge_campaign where region_code = ?")
			.param(region)
			.query(Long.class)
			.single();
		List<Campaign> rows = this.jdbc
			.sql(SELECT + " where c.region_code = ? order by c.held_on desc, c.id desc " + "limit ? offset ?")
			.params(region, size, (long) page * size)
			.query(Campaigns::row)
			.list();
		return PageView.of(rows, page, size, total);
	}

	java.util.Optional<Campaign> find(long id) {
		return this.jdbc.sql(SELECT + " where c.id = ?").param(id).query(Campaigns::row).optional();
	}

	private static final String SELECT = """
			select c.*, (select count(*) from pledge_signatory s where s.campaign_id = c.id) signatories,
			       (select d.sha256 from pledge_campaign_document d where d.id =
			           (select max(x.id) from pledge_campaign_document x where x.campaign_id = c.id)) document_sha256
			from pledge_campaign c""";

	private static Campaign row(ResultSet rs, int n) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getString("region_code"), PledgeKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getObject("held_on", LocalDate.class), rs.getString("place"),
				rs.getString("led_by"), lines(rs.getString("points")), lines(rs.getString("units")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getLong("signatories"), rs.getString("document_sha256"));
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
