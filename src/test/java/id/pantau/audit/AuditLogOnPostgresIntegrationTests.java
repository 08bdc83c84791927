package id.pantau.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import id.pantau.CaseWalk;
import id.pantau.OnPostgres;
import id.pantau.PostgresServer.PantauDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link AuditLogIntegrationTests} on PostgreSQL 17, where the database itself keeps the
 * audit log append-only: the application's role may not update, delete or truncate it,
 * and triggers refuse it to the schema owner too. Edits behind the application's back are
 * made as the server's superuser with triggers off, as only a database administrator
 * could.
 */
@OnPostgres
class AuditLogOnPostgresIntegrationTests extends AuditLogIntegrationTests {

	@Autowired
	Environment environment;

	@Test
	void refusesToUpdateOrDeleteAuditEntriesToTheApplicationsRoleAndKeepsTheChainIntact() throws SQLException {
		CaseWalk.registered(this.rest, "probolinggo").accept();
		long seq = this.jdbc.queryForObject("select max(seq) from audit_log", Long.class);

		try (Connection app = database().asApplication()) {
			for (String change : List.of("update audit_log set actor = 'someone-else' where seq = " + seq,
					"delete from audit_log where seq = " + seq, "truncate audit_log")) {
				assertThatExceptionOfType(SQLException.class).as(change)
					.isThrownBy(() -> execute(app, change))
					.satisfies((ex) -> assertThat(ex.getMessage()).contains("permission denied for table audit_log"));
			}
			assertThat(execute(app, "update audit_chain_head set last_seq = last_seq where id = 1"))
				.as("the chain head stays updatable")
				.isEqualTo(1);
		}

		ChainVerification verification = this.verifier.verify();
		assertThat(verification.intact()).as("%s", verification).isTrue();
		assertThat(verification.lastSeq()).isGreaterThanOrEqualTo(seq);
	}

	@Test
	void refusesToUpdateOrDeleteAuditEntriesEvenToTheSchemaOwner() throws SQLException {
		CaseWalk.registered(this.rest, "probolinggo");
		long seq = this.jdbc.queryForObject("select max(seq) from audit_log", Long.class);

		try (Connection owner = database().asOwner()) {
			for (String change : List.of("update audit_log set actor = 'someone-else' where seq = " + seq,
					"delete from audit_log where seq = " + seq, "truncate audit_log")) {
				assertThatExceptionOfType(SQLException.class).as(change)
					.isThrownBy(() -> execute(owner, change))
					.satisfies((ex) -> assertThat(ex.getMessage()).contains("audit_log is append-only"));
			}
		}
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Override
	void behindTheApplicationsBack(String sql, Object... args) {
		try (Connection dba = database().asSuperuser();
				Statement off = dba.createStatement();
				PreparedStatement change = dba.prepareStatement(sql)) {
			off.execute("set session_replication_role = replica");
			for (int i = 0; i < args.length; i++) {
				change.setObject(i + 1, args[i]);
			}
			change.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PantauDatabase database() {
		return PantauDatabase.of(this.environment);
	}

	private static int execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

}
