package id.pantau.escalation;

import java.util.Map;

import id.pantau.PostgresServer;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;

/**
 * {@link EscalationRestartTests} on PostgreSQL 17: the engine's schema comes from
 * Pantau's Flyway migrations, run as the schema owner; both engines run as the
 * application's role and leave the schema alone.
 */
class EscalationRestartOnPostgresTests extends EscalationRestartTests {

	private Database database;

	@Override
	Database database() {
		if (this.database == null) {
			PostgresServer.PantauDatabase db = PostgresServer.shared().createDatabase();
			Flyway.configure()
				.dataSource(db.jdbcUrl(), db.owner(), db.ownerPassword())
				.locations("classpath:db/migration", "classpath:db/postgresql")
				.placeholders(Map.of("application_role", db.appUser()))
				.load()
				.migrate();
			this.database = new Database(db.jdbcUrl(), db.appUser(), db.appPassword(),
					ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
		}
		return this.database;
	}

}
