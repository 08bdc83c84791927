package db.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the SQL scripts that Camunda ships inside its engine jar
 * ({@code org/camunda/bpm/engine/db/...}), statement by statement, on the migration's
 * connection. They hold plain DDL and inserts: no procedures, no semicolon inside a
 * string, comments on lines of their own.
 */
final class CamundaScripts {

	private static final String ROOT = "org/camunda/bpm/engine/db/";

	private CamundaScripts() {
	}

	/**
	 * Runs each script, e.g. {@code create/activiti.postgres.create.engine.sql}.
	 */
	static void run(Connection connection, String... scripts) throws SQLException {
		for (String script : scripts) {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements(read(ROOT + script))) {
					statement.execute(sql);
				}
			}
		}
	}

	static List<String> statements(String script) {
		StringBuilder text = new StringBuilder();
		for (String line : script.split("\\R")) {
			if (!line.strip().startsWith("--")) {
				text.append(line).append('\n');
			}
		}
		List<String> statements = new ArrayList<>();
		for (String part : text.toString().split(";")) {
			if (!part.isBlank()) {
				statements.add(part.strip());
			}
		}
		return statements;
	}

	private static String read(String resource) {
		ClassLoader loader = CamundaScripts.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(
						"The engine jar has no " + resource + ": does the Camunda version match this migration?");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
