package id.pantau.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The regions known to Pantau. */
@Component
public class Regions {

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return this.jdbc.sql("select code, name, case_prefix, zone_id from region where code = ?")
			.param(code)
			.query(Region.class)
			.optional();
	}

	/**
	 * The region a case number belongs to by its prefix ({@code PROB-2024-00017} is
	 * Probolinggo's), whether or not such a case exists.
	 */
	public Optional<Region> ofCaseNumber(String caseNumber) {
		int dash = (caseNumber != null) ? caseNumber.indexOf('-') : -1;
		if (dash <= 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("select code, name, case_prefix, zone_id from region where case_prefix = ?")
			.param(caseNumber.substring(0, dash))
			.query(Region.class)
			.optional();
	}

	public List<Region> all() {
		return this.jdbc.sql("select code, name, case_prefix, zone_id from region order by name")
			.query(Region.class)
			.list();
	}

}
