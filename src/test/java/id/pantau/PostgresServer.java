package id.pantau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server for the tests, from the binaries published to Maven Central
 * for embedded use (no Docker, nothing installed): started on a free port in a data
 * directory under the temporary directory, stopped on {@link #close()} (the shared one
 * when the test JVM ends). Hands out fresh databases, each with the two roles production
 * uses: a schema owner that Flyway migrates as, and an application role without DDL
 * rights.
 * <p>
 * The server trusts local connections (the binaries' default), so passwords are set but
 * not checked; {@code fsync} is off unless asked for, as nothing here survives a power
 * failure anyway.
 */
public final class PostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

	private static PostgresServer shared;

	private final EmbeddedPostgres postgres;

	private final AtomicInteger databases = new AtomicInteger();

	/** Every database handed out in this JVM, by JDBC URL. */
	private static final Map<String, PantauDatabase> HANDED_OUT = new java.util.concurrent.ConcurrentHashMap<>();

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * The server all tests of this JVM share, started on first use and stopped when the
	 * JVM ends.
	 */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start(Map.of());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-embedded-postgres"));
		}
		return shared;
	}

	/**
	 * A server of its own (the caller closes it), with extra settings of
	 * {@code postgresql.conf}, e.g. {@code fsync=on}.
	 */
	public static PostgresServer start(Map<String, String> settings) {
		return start(null, settings, null);
	}

	/**
	 * A server of its own from other binaries than the class path's PostgreSQL 17 (a
	 * {@code postgres-linux-x86_64.txz} of {@code embedded-postgres-binaries-*}).
	 */
	public static PostgresServer start(java.nio.file.Path binaries, Map<String, String> settings) {
		return start(binaries, settings, null);
	}

	/**
	 * A server of its own, as {@link #start(Map)}, with its data in the given directory
	 * (removed when it stops), or in the temporary directory when null.
	 */
	public static PostgresServer start(Map<String, String> settings, java.nio.file.Path dataDirectory) {
		return start(null, settings, dataDirectory);
	}

	private static PostgresServer start(java.nio.file.Path binaries, Map<String, String> settings,
			java.nio.file.Path dataDirectory) {
		Instant started = Instant.now();
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (dataDirectory != null) {
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(true);
			}
			builder.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "400")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("timezone", "UTC");
			settings.forEach(builder::setServerConfig);
			if (binaries != null) {
				builder.setPgBinaryResolver((system, machine) -> java.nio.file.Files.newInputStream(binaries));
			}
			PostgresServer server = new PostgresServer(builder.start());
			log.info("PostgreSQL {} started on port {} in {} ms", server.version(), server.port(),
					Duration.between(started, Instant.now()).toMillis());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.postgres.getPort();
	}

	/** A JDBC URL of a database on this server. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	/** A connection as the superuser {@code postgres}, to a database of this server. */
	public Connection superuser(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
	}

	/**
	 * A new empty database owned by a new owner role, and a new application role that may
	 * only connect to it; names unique on this server.
	 */
	public PantauDatabase createDatabase() {
		String suffix = this.databases.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
		PantauDatabase db = new PantauDatabase(this, "pantau_" + suffix, "pantau_owner_" + suffix,
				UUID.randomUUID().toString(), "pantau_app_" + suffix, UUID.randomUUID().toString());
		try (Connection admin = superuser("postgres"); Statement sql = admin.createStatement()) {
			sql.execute("create role " + db.owner() + " login password '" + db.ownerPassword() + "'");
			sql.execute("create role " + db.appUser() + " login password '" + db.appPassword() + "'");
			sql.execute("create database " + db.name() + " owner " + db.owner() + " encoding 'UTF8'");
			sql.execute("revoke all on database " + db.name() + " from public");
			sql.execute("grant connect, temporary on database " + db.name() + " to " + db.appUser());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + db.name(), ex);
		}
		HANDED_OUT.put(db.jdbcUrl(), db);
		return db;
	}

	public String version() {
		try (Connection admin = superuser("postgres");
				Statement sql = admin.createStatement();
				var rs = sql.executeQuery("show server_version")) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One database of the server and its two roles.
	 *
	 * @param server the server
	 * @param name the database
	 * @param owner the schema owner (Flyway's {@code spring.flyway.user})
	 * @param ownerPassword its password
	 * @param appUser the application's role ({@code spring.datasource.username})
	 * @param appPassword its password
	 */
	public record PantauDatabase(PostgresServer server, String name, String owner, String ownerPassword, String appUser,
			String appPassword) {

		/** The database a test application runs on ({@code spring.datasource.url}). */
		public static PantauDatabase of(org.springframework.core.env.Environment environment) {
			PantauDatabase database = HANDED_OUT.get(environment.getProperty("spring.datasource.url"));
			if (database == null) {
				throw new IllegalStateException("this application does not run on an embedded PostgreSQL database");
			}
			return database;
		}

		public String jdbcUrl() {
			return this.server.jdbcUrl(this.name);
		}

		/**
		 * The environment of profile {@code prod} (and {@code postgresql}) for this
		 * database: the variables Pantau reads ({@code PANTAU_DB_*}).
		 */
		public Map<String, Object> environment() {
			Map<String, Object> env = new LinkedHashMap<>();
			env.put("PANTAU_DB_URL", jdbcUrl());
			env.put("PANTAU_DB_USER", this.appUser);
			env.put("PANTAU_DB_PASSWORD", this.appPassword);
			env.put("PANTAU_DB_OWNER_USER", this.owner);
			env.put("PANTAU_DB_OWNER_PASSWORD", this.ownerPassword);
			return env;
		}

		/**
		 * The same as Spring properties, which win over a profile's own database (e.g.
		 * the H2 of {@code local,test}), and a small idle pool so that the many cached
		 * test contexts do not hold hundreds of connections.
		 */
		public Map<String, Object> properties() {
			Map<String, Object> properties = new LinkedHashMap<>(environment());
			properties.put("spring.datasource.url", jdbcUrl());
			properties.put("spring.datasource.username", this.appUser);
			properties.put("spring.datasource.password", this.appPassword);
			properties.put("spring.flyway.user", this.owner);
			properties.put("spring.flyway.password", this.ownerPassword);
			properties.put("spring.datasource.hikari.minimum-idle", "2");
			return properties;
		}

		public Connection asApplication() throws SQLException {
			return DriverManager.getConnection(jdbcUrl(), this.appUser, this.appPassword);
		}

		public Connection asOwner() throws SQLException {
			return DriverManager.getConnection(jdbcUrl(), this.owner, this.ownerPassword);
		}

		/** As the server's superuser: for what no role of Pantau's may do. */
		public Connection asSuperuser() throws SQLException {
			return this.server.superuser(this.name);
		}

	}

}
