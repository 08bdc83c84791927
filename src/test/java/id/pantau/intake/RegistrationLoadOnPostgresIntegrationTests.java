package id.pantau.intake;

import id.pantau.OnPostgres;

/** {@link RegistrationLoadIntegrationTests} on PostgreSQL 17. */
@OnPostgres
class RegistrationLoadOnPostgresIntegrationTests extends RegistrationLoadIntegrationTests {

}
