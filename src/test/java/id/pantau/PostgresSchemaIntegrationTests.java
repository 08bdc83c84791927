package id.pantau;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pantau on an empty PostgreSQL 17 database: Flyway, as the schema owner, creates
 * Pantau's tables and the engine's (the engine itself changes no schema), and the
 * application runs as a role that owns nothing, with statement and lock timeouts on every
 * connection.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test", "postgresql" })
@OnPostgres
class PostgresSchemaIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	ProcessEngine engine;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.AbstractPlatformTransactionManager transactions;

	@Autowired
	org.springframework.core.env.Environment environment;

	PostgresServer.PantauDatabase database;

	@org.junit.jupiter.api.BeforeEach
	void findDatabase() {
		this.database = PostgresServer.PantauDatabase.of(this.environment);
	}

	@Test
	void migratesAnEmptyDatabaseToPantausAndTheEnginesTablesAsTheSchemaOwner() {
		MigrationInfo[] applied = this.flyway.info().applied();

		assertThat(applied).extracting((m) -> m.getVersion().getVersion())
			.startsWith("1")
			.contains("5.1", "13.1", "13.2", "17.31");
		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
		assertThat(applied).extracting(MigrationInfo::getInstalledBy).containsOnly(this.database.owner());
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(owners("act_ru_task", "act_hi_procinst", "act_id_user", "act_re_decision_def", "act_re_case_def",
				"act_hi_dec_in", "neutrality_case", "audit_log", "audit_chain_head"))
			.containsOnly(this.database.owner());
		assertThat(this.jdbc.sql("select version_ from act_ge_schema_log where id_ = '0'").query(String.class).single())
			.isEqualTo("7.24.0");
	}

	@Test
	void leavesTheEnginesSchemaToFlyway() {
		assertThat(((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration())
			.getDatabaseSchemaUpdate()).isEqualTo("false");
		assertThat(this.jdbc.sql("select value_ from act_ge_property where name_ = 'schema.history'")
			.query(String.class)
			.single()).isEqualTo("create(fox)");
	}

	@Test
	void runsAsARoleThatMayNeitherCreateNorDropTables() throws SQLException {
		assertThat(this.jdbc.sql("select current_user").query(String.class).single())
			.isEqualTo(this.database.appUser());
		try (Connection app = this.dataSource.getConnection(); Statement sql = app.createStatement()) {
			for (String ddl : List.of("create table intruder (id int)", "drop table neutrality_case",
					"alter table audit_log disable trigger audit_log_no_update_or_delete",
					"insert into flyway_schema_history (installed_rank, description, type, script, installed_by, "
							+ "execution_time, success) values (99, 'x', 'SQL', 'x', 'x', 0, true)")) {
				assertThatExceptionOfType(SQLException.class).as(ddl)
					.isThrownBy(() -> sql.execute(ddl))
					.satisfies((ex) -> assertThat(ex.getSQLState()).as(ex.getMessage()).isIn("42501", "42P01"));
			}
		}
	}

	@Test
	void endsAStatementALockWaitOrATransactionThatTakesTooLong() throws SQLException {
		try (Connection app = this.dataSource.getConnection()) {
			assertThat(setting(app, "statement_timeout")).isEqualTo("30s");
			assertThat(setting(app, "lock_timeout")).isEqualTo("10s");
			assertThat(setting(app, "idle_in_transaction_session_timeout")).isEqualTo("1min");
		}
		assertThat(this.transactions.getDefaultTimeout()).as("seconds").isEqualTo(60);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement sql = connection.createStatement(); var rs = sql.executeQuery("show " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private List<String> owners(String... tables) {
		List<String> owners = this.jdbc.sql("select tableowner from pg_tables where tablename in (:tables)")
			.param("tables", Arrays.asList(tables))
			.query(String.class)
			.list();
		assertThat(owners).as("tables found").hasSize(tables.length);
		return owners;
	}

}
