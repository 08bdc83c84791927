package id.pantau.oversight;

import id.pantau.OnPostgres;

/** {@link DashboardIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class DashboardOnPostgresIntegrationTests extends DashboardIntegrationTests {

}
