package id.pantau.bulkintake;

import id.pantau.OnPostgres;

/** {@link BulkIntakeIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class BulkIntakeOnPostgresIntegrationTests extends BulkIntakeIntegrationTests {

}
