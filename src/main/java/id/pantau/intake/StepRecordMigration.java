package id.pantau.intake;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import id.pantau.shared.DataMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 17.41 (issue 16): fills in who holds and who may take each step that
 * is open in a database made before 17.40, from the engine's tasks and identity links. A
 * new database has no engine tables yet (H2) or no tasks (PostgreSQL): nothing to do.
 * Plain JDBC, so it runs on H2 and PostgreSQL.
 */
@Component
class StepRecordMigration extends DataMigration {

	private static final Logger log = LoggerFactory.getLogger(StepRecordMigration.class);

	StepRecordMigration() {
		super("17.41", "holders and candidates of open steps");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!exists(connection.getMetaData(), "ACT_RU_IDENTITYLINK")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("update audit_step set assignee = (select t.ASSIGNEE_ from ACT_RU_TASK t "
					+ "where t.ID_ = audit_step.task_id) where ended_at is null");
		}
		Map<String, String[]> candidates = new TreeMap<>();
		try (Statement select = connection.createStatement();
				ResultSet links = select.executeQuery("select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_RU_IDENTITYLINK "
						+ "where TYPE_ = 'candidate' and TASK_ID_ is not null")) {
			Map<String, TreeSet<String>[]> byTask = new TreeMap<>();
			while (links.next()) {
				@SuppressWarnings("unchecked")
				TreeSet<String>[] ids = byTask.computeIfAbsent(links.getString(1),
						(k) -> new TreeSet[] { new TreeSet<String>(), new TreeSet<String>() });
				add(ids[0], links.getString(2));
				add(ids[1], links.getString(3));
			}
			byTask.forEach((task, ids) -> candidates.put(task, new String[] { list(ids[0]), list(ids[1]) }));
		}
		try (PreparedStatement update = connection.prepareStatement(
				"update audit_step set candidate_roles = ?, candidate_users = ? where task_id = ? and ended_at is null")) {
			for (Map.Entry<String, String[]> task : candidates.entrySet()) {
				update.setString(1, task.getValue()[0]);
				update.setString(2, task.getValue()[1]);
				update.setString(3, task.getKey());
				update.executeUpdate();
			}
		}
		log.info("Step record: holders and candidates filled in for the open steps of {} tasks", candidates.size());
	}

	private static void add(TreeSet<String> ids, String id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static String list(TreeSet<String> ids) {
		return ids.isEmpty() ? null : "," + String.join(",", ids) + ",";
	}

	private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
		for (String name : new String[] { table, table.toLowerCase(java.util.Locale.ROOT) }) {
			try (ResultSet tables = meta.getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

}
