package id.pantau.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java, as a Spring bean of the module whose data it
 * changes: its version and description, no checksum (its code is its content), run in
 * Flyway's transaction. Plain JDBC, so that it runs on H2 and PostgreSQL alike.
 */
public abstract class DataMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	protected DataMigration(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
