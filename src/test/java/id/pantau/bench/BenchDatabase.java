package id.pantau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.pantau.PostgresServer;

/**
 * A database the benchmark runs Pantau on: how Pantau is pointed at it, how the seeder
 * writes to it with every check of its own off, and how big it is once compacted.
 */
abstract class BenchDatabase implements AutoCloseable {

	/** Its name in the report. */
	abstract String name();

	/** Pantau's settings for it, as command-line arguments. */
	abstract List<String> arguments();

	/** A connection that may write every table with foreign keys and triggers off. */
	abstract Connection seeding() throws SQLException;

	/** Turns foreign keys and triggers on again on the seeding connection. */
	abstract void seeded(Connection connection) throws SQLException;

	/** Lets an identity column hand out values above {@code last}. */
	abstract void restartIdentity(Connection connection, String table, long last) throws SQLException;

	/** Compacts the database (no one else may use it) and answers its size in bytes. */
	abstract long compactedSize() throws SQLException;

	/** Refreshes the planner's statistics. */
	abstract void analyze(Connection connection) throws SQLException;

	/** What the server is (version and durability settings). */
	abstract String describe();

	/** Another, empty database of the same kind (for start-up on an empty database). */
	abstract BenchDatabase empty(Path directory);

	@Override
	public void close() {
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The embedded H2 file database of the local profile, in a directory of its own. */
	static final class H2 extends BenchDatabase {

		private final Path directory;

		H2(Path directory) {
			this.directory = directory;
		}

		private String url() {
			return "jdbc:h2:file:" + this.directory.resolve("pantau").toAbsolutePath();
		}

		@Override
		String name() {
			return "H2";
		}

		@Override
		List<String> arguments() {
			return List.of("--spring.profiles.active=local",
					"--spring.datasource.url=" + url() + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0");
		}

		@Override
		Connection seeding() throws SQLException {
			Connection connection = DriverManager.getConnection(url() + ";LOCK_TIMEOUT=10000", "sa", "");
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
			}
			connection.setAutoCommit(false);
			return connection;
		}

		@Override
		void seeded(Connection connection) throws SQLException {
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
			}
			connection.commit();
		}

		@Override
		void restartIdentity(Connection connection, String table, long last) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table " + table + " alter column id restart with " + (last + 1));
			}
		}

		@Override
		long compactedSize() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url(), "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
			try {
				return Files.size(this.directory.resolve("pantau.mv.db"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		void analyze(Connection connection) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE");
			}
		}

		@Override
		BenchDatabase empty(Path directory) {
			return new H2(directory);
		}

		@Override
		String describe() {
			return "H2 " + org.h2.engine.Constants.VERSION + " file database, WRITE_DELAY=0 (local profile)";
		}

	}

	/**
	 * PostgreSQL 17 from issue 13's test harness ({@link PostgresServer}), started with
	 * production's durability ({@code fsync}, {@code synchronous_commit} on), with the
	 * roles of production: Flyway as the owner, Pantau as the application role.
	 */
	static final class Postgres extends BenchDatabase {

		private final PostgresServer server;

		private final PostgresServer.PantauDatabase database;

		private final boolean ownsServer;

		Postgres(Path directory) {
			this(PostgresServer.start(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"),
					directory.resolve("data")), true);
		}

		private Postgres(PostgresServer server, boolean ownsServer) {
			this.server = server;
			this.database = server.createDatabase();
			this.ownsServer = ownsServer;
		}

		@Override
		BenchDatabase empty(Path directory) {
			return new Postgres(this.server, false);
		}

		@Override
		String name() {
			return "PostgreSQL";
		}

		@Override
		List<String> arguments() {
			List<String> arguments = new ArrayList<>();
			arguments.add("--spring.profiles.active=local,postgresql");
			this.database.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
			return arguments;
		}

		@Override
		Connection seeding() throws SQLException {
			Connection connection = this.database.asSuperuser();
			try (Statement statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
			}
			connection.setAutoCommit(false);
			return connection;
		}

		@Override
		void seeded(Connection connection) throws SQLException {
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				statement.execute("set session_replication_role = origin");
			}
		}

		@Override
		void restartIdentity(Connection connection, String table, long last) throws SQLException {
			try (Statement statement = connection.createStatement()) {
				statement
					.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + Math.max(1, last) + ")");
			}
		}

		@Override
		long compactedSize() throws SQLException {
			try (Connection connection = this.database.asSuperuser();
					Statement statement = connection.createStatement()) {
				statement.execute("vacuum full analyze");
				return count(connection, "select pg_database_size(current_database())");
			}
		}

		@Override
		void analyze(Connection connection) throws SQLException {
			boolean auto = connection.getAutoCommit();
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze");
			}
			connection.setAutoCommit(auto);
		}

		@Override
		String describe() {
			return "PostgreSQL " + this.server.version() + " (embedded binaries), fsync and synchronous_commit on";
		}

		@Override
		public void close() {
			if (this.ownsServer) {
				this.server.close();
			}
		}

	}

}
