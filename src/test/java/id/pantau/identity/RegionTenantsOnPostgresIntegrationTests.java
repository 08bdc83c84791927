package id.pantau.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.pantau.OnPostgres;
import id.pantau.PostgresServer;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes that start at once on an empty database both register the regions as Camunda
 * tenants: the one that finds the other's tenant committed under its feet keeps it and
 * starts, instead of failing its start on a duplicate key.
 */
@SpringBootTest
@ActiveProfiles({ "local", "test", "postgresql" })
@OnPostgres
class RegionTenantsOnPostgresIntegrationTests {

	@Autowired
	RegionTenantCatalogue catalogue;

	@Autowired
	IdentityService identity;

	@Autowired
	Environment environment;

	@Test
	void startsWhenAnotherNodeRegistersTheSameTenantAtTheSameMoment() throws Exception {
		PostgresServer.PantauDatabase database = PostgresServer.PantauDatabase.of(this.environment);

		try (Connection otherNode = database.asApplication()) {
			try (Statement delete = otherNode.createStatement()) {
				delete.executeUpdate("delete from act_id_tenant where id_ = 'probolinggo'");
			}
			otherNode.setAutoCommit(false);
			try (PreparedStatement insert = otherNode
				.prepareStatement("insert into act_id_tenant (id_, rev_, name_) values ('probolinggo', 1, ?)")) {
				insert.setString(1, "Probolinggo");
				insert.executeUpdate();
			}
			CompletableFuture<Void> starting = CompletableFuture.runAsync(this.catalogue::registerTenants);
			awaitWaitingForALock(database);
			otherNode.commit();

			starting.get(30, TimeUnit.SECONDS);
		}

		assertThat(this.identity.createTenantQuery().tenantId("probolinggo").count()).isOne();
	}

	/** Until this node's start waits for the other node's uncommitted tenant. */
	private static void awaitWaitingForALock(PostgresServer.PantauDatabase database) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		try (Connection admin = database.asSuperuser(); Statement sql = admin.createStatement()) {
			while (Instant.now().isBefore(deadline)) {
				try (ResultSet rs = sql.executeQuery("select count(*) from pg_stat_activity where datname = '"
						+ database.name() + "' and wait_event_type = 'Lock'")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return;
					}
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the start never waited for the other node's tenant");
	}

}
