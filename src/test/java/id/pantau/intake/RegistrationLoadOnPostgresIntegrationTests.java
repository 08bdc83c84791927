package id.pantau.intake;

import id.pantau.OnPostgres;

/**
 * {@link RegistrationLoadIntegrationTests} on PostgreSQL 17, with bursts of 100 to keep
 * the build short (the two-node tests of issue 13 send 200 to PostgreSQL).
 */
@OnPostgres
class RegistrationLoadOnPostgresIntegrationTests extends RegistrationLoadIntegrationTests {

	@Override
	int burst() {
		return 100;
	}

}
