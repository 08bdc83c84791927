package id.pantau.pledges;

import java.util.List;

import id.pantau.identity.AccessPolicy;
import id.pantau.identity.PantauUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the pledges reach: per unit (OPD) of a region, how many of its employees signed
 * (one person counted once, whatever the number of campaigns), against its headcount.
 */
@Component
@Transactional(readOnly = true)
public class Coverage {

	private final JdbcClient jdbc;

	private final AccessPolicy policy;

	Coverage(JdbcClient jdbc, AccessPolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * One unit's coverage.
	 *
	 * @param percent signed of headcount, one decimal; null for a unit without employees
	 */
	public record UnitCoverage(String unit, int headcount, long signed, Double percent) {
	}

	/** A region's coverage: its units, and the totals over them. */
	public record RegionCoverage(String region, PledgeKind kind, List<UnitCoverage> units, long headcount, long signed,
			Double percent) {
	}

	/**
	 * @param kind only signatures of campaigns of this kind; null: any kind
	 */
	public RegionCoverage of(PantauUser user, String region, PledgeKind kind) {
		this.policy.requireRegion(user, region);
		String byKind = (kind != null)
				? " and exists (select 1 from pledge_campaign c where c.id = s.campaign_id " + "and c.kind = :kind)"
				: "";
		List<UnitCoverage> units = this.jdbc.sql("""
				select u.name, u.headcount,
				       (select count(distinct s.nip) from pledge_signatory s where s.region_code = u.region_code
				          and s.unit_key = u.unit_key""" + byKind + """
				       ) signed
				from org_unit u where u.region_code = :region order by u.name""")
			.param("region", region)
			.param("kind", (kind != null) ? kind.name() : null)
			.query((rs, n) -> new UnitCoverage(rs.getString(1), rs.getInt(2), rs.getLong(3),
					percent(rs.getLong(3), rs.getInt(2))))
			.list();
		long headcount = units.stream().mapToLong(UnitCoverage::headcount).sum();
		long signed = units.stream().mapToLong(UnitCoverage::signed).sum();
		return new RegionCoverage(region, kind, units, headcount, signed, percent(signed, headcount));
	}

	private static Double percent(long signed, long headcount) {
		return (headcount == 0) ? null : Math.round(1000.0 * signed / headcount) / 10.0;
	}

}
