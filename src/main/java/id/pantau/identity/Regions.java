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
		return this.jdbc.sql("select code, name, case_prefix from region where code = ?")
			.param(code)
			.query(Region.class)
			.optional();
	}

	public List<Region> all() {
		return this.jdbc.sql("select code, name, case_prefix from region order by name").query(Region.class).list();
	}

}
