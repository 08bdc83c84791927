package id.pantau.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The regions known to Pantau. Read once and kept in memory (a few hundred rows that no
 * request changes); a code or prefix not in memory reads the table again, so a region
 * added while Pantau runs is found.
 */
@Component
public class Regions {

	/**
	 * Columns mapped by name: no lookup by property name, which H2 traces as an error.
	 */
	private static final RowMapper<Region> ROW = (rs, n) -> new Region(rs.getString("code"), rs.getString("name"),
			rs.getString("case_prefix"), rs.getString("zone_id"));

	private final JdbcClient jdbc;

	private volatile Known known;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return lookUp((k) -> k.byCode().get(code));
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
		String prefix = caseNumber.substring(0, dash);
		return lookUp((k) -> k.byPrefix().get(prefix));
	}

	public List<Region> all() {
		return known().sorted();
	}

	private Optional<Region> lookUp(Function<Known, Region> in) {
		Region found = in.apply(known());
		if (found == null) {
			found = in.apply(reload());
		}
		return Optional.ofNullable(found);
	}

	private Known known() {
		Known current = this.known;
		return (current != null) ? current : reload();
	}

	private Known reload() {
		List<Region> rows = this.jdbc.sql("select code, name, case_prefix, zone_id from region").query(ROW).list();
		Known loaded = new Known(rows.stream().collect(Collectors.toUnmodifiableMap(Region::code, (r) -> r)),
				rows.stream().collect(Collectors.toUnmodifiableMap(Region::casePrefix, (r) -> r)),
				rows.stream().sorted(Comparator.comparing(Region::name)).toList());
		this.known = loaded;
		return loaded;
	}

	private record Known(Map<String, Region> byCode, Map<String, Region> byPrefix, List<Region> sorted) {
	}

}
