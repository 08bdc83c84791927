package db.postgresql;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 13: Camunda 7.24's own tables on PostgreSQL, created by Flyway from the create
 * scripts inside the engine jar, in the order the engine itself would run them (engine,
 * history, identity, case engine and history, decision engine and history). On PostgreSQL
 * the engine does not touch its schema ({@code camunda.bpm.database.schema-update=false},
 * profile {@code postgresql}): one owner, one record of every schema change, and the
 * application's database role needs no DDL rights. A later Camunda version comes with a
 * migration that runs the engine jar's {@code upgrade/postgres_engine_7.24_to_7.25.sql};
 * see docs/operations.md.
 */
public class V13_1__Camunda_7_24_schema extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		CamundaScripts.run(context.getConnection(), "create/activiti.postgres.create.engine.sql",
				"create/activiti.postgres.create.history.sql", "create/activiti.postgres.create.identity.sql",
				"create/activiti.postgres.create.case.engine.sql", "create/activiti.postgres.create.case.history.sql",
				"create/activiti.postgres.create.decision.engine.sql",
				"create/activiti.postgres.create.decision.history.sql");
	}

}
