package id.pantau.oversight;

import id.pantau.OnPostgres;

/** {@link AuditQueriesIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class AuditQueriesOnPostgresIntegrationTests extends AuditQueriesIntegrationTests {

}
