package id.pantau;

/** {@link ListStatementsIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class ListStatementsOnPostgresIntegrationTests extends ListStatementsIntegrationTests {

}
