package id.pantau.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import id.pantau.shared.DataMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 17.31 (issue 17): recomputes {@code neutrality_case.reference_key} of
 * the cases registered before with {@link NeutralityCase#referenceKey}, so that a letter
 * registered in another spelling is found again. Written in Java because the normal form
 * (Unicode NFKC and the rest) is not SQL; plain JDBC, so it runs on H2 and PostgreSQL.
 * When two cases turn out to be the same letter, or a new key would not fit the column,
 * the case keeps its key and a warning names both cases: merging them is a person's
 * decision.
 */
@Component
class ReferenceKeyMigration extends DataMigration {

	private static final Logger log = LoggerFactory.getLogger(ReferenceKeyMigration.class);

	ReferenceKeyMigration() {
		super("17.31", "normalise reference keys");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		recompute(context.getConnection());
	}

	/** Recomputes every case's key; returns how many changed. */
	int recompute(Connection connection) throws SQLException {
		Map<String, String> holders = new HashMap<>();
		Map<Long, String[]> cases = new java.util.LinkedHashMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery(
						"select id, case_number, source, reference_number, reference_key from neutrality_case order by id")) {
			while (rows.next()) {
				String[] row = { rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5) };
				cases.put(rows.getLong(1), row);
				holders.put(row[1] + "\n" + row[3], row[0]);
			}
		}
		int changed = 0;
		try (PreparedStatement update = connection
			.prepareStatement("update neutrality_case set reference_key = ? where id = ?")) {
			for (Map.Entry<Long, String[]> c : cases.entrySet()) {
				String number = c.getValue()[0];
				String source = c.getValue()[1];
				String old = c.getValue()[3];
				String key = NeutralityCase.referenceKey(c.getValue()[2]);
				String holder = holders.get(source + "\n" + key);
				if (key.equals(old)) {
					continue;
				}
				if (holder != null || key.length() > NeutralityCase.REFERENCE_KEY_LENGTH) {
					log.warn("Case {} keeps its reference key: {}", number,
							(holder != null) ? "case " + holder + " has the same " + source + " reference"
									: "the normal form is too long");
					continue;
				}
				update.setString(1, key);
				update.setLong(2, c.getKey());
				update.executeUpdate();
				holders.remove(source + "\n" + old);
				holders.put(source + "\n" + key, number);
				changed++;
			}
		}
		log.info("Reference keys recomputed: {} of {} cases changed", changed, cases.size());
		return changed;
	}

}
