package id.pantau.oversight;

import id.pantau.OnPostgres;

/** {@link DashboardBenchmark} on PostgreSQL 17 (the embedded server of the tests). */
@OnPostgres
class DashboardOnPostgresBenchmark extends DashboardBenchmark {

}
