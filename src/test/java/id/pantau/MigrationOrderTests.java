package id.pantau;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations come from parallel branches merged in any order, so a database migrated
 * before a merge may lack a migration numbered below its newest one (this happened:
 * {@code V10_1} and {@code V10_2} arrived after {@code V17_x} had been applied to
 * developers' databases, which then refused to start). Pantau's Flyway settings
 * ({@code application.yaml}) apply such a migration late instead of refusing to start.
 */
class MigrationOrderTests {

	@Test
	void appliesAMigrationMergedBelowTheNewestAppliedOneInsteadOfRefusingToStart() throws Exception {
		JdbcDataSource db = new JdbcDataSource();
		db.setURL("jdbc:h2:mem:migration-order;DB_CLOSE_DELAY=-1");
		configured(db).load().migrate();
		try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
			// the database as it was before V10_1 and V10_2 were merged
			sql.execute("delete from \"flyway_schema_history\" where \"version\" in ('10.1', '10.2')");
			sql.execute("alter table region drop column zone_id");
			sql.execute("alter table sanction_decision drop column accepted_on");
			sql.execute("alter table sanction_decision drop column acceptance_note");
			sql.execute("alter table sanction_decision drop column acceptance_file_id");
			sql.execute("alter table sanction_decision drop column acceptance_recorded_by");
		}

		assertThat(configured(db).load().migrate().migrationsExecuted).isEqualTo(2);
		try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
			var zone = sql.executeQuery("select zone_id from region where code = 'buleleng'");
			assertThat(zone.next()).isTrue();
			assertThat(zone.getString(1)).isEqualTo("Asia/Makassar");
		}
	}

	/** Flyway as {@code application.yaml} sets it up (its SQL migrations). */
	private static FluentConfiguration configured(JdbcDataSource db) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yaml"));
		java.util.Properties app = yaml.getObject();
		return Flyway.configure()
			.dataSource(db)
			.locations(app.getProperty("spring.flyway.locations"))
			.placeholders(Map.of("binary_type", app.getProperty("spring.flyway.placeholders.binary_type")))
			.outOfOrder(Boolean.parseBoolean(app.getProperty("spring.flyway.out-of-order", "false")));
	}

}
