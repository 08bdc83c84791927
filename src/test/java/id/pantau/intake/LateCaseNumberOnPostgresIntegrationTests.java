package id.pantau.intake;

import id.pantau.OnPostgres;

/** {@link LateCaseNumberIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class LateCaseNumberOnPostgresIntegrationTests extends LateCaseNumberIntegrationTests {

}
