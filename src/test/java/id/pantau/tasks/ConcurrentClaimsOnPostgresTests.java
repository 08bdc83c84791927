package id.pantau.tasks;

import id.pantau.OnPostgres;

/** {@link ConcurrentClaimsTests} on PostgreSQL 17. */
@OnPostgres
class ConcurrentClaimsOnPostgresTests extends ConcurrentClaimsTests {

}
