package id.pantau;

/** {@link CaseRouteIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class CaseRouteOnPostgresIntegrationTests extends CaseRouteIntegrationTests {

}
