package id.pantau;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring Boot test on PostgreSQL 17 instead of H2: adds the profile
 * {@code postgresql} (Pantau's own PostgreSQL settings: Flyway owns the engine's schema,
 * the statement timeouts, the audit log's protection) and gives each test context a fresh
 * database of the shared {@link PostgresServer}, with the roles of production. Put it on
 * a subclass of an H2 test class to run the same tests on PostgreSQL
 * ({@code @ActiveProfiles} on the class itself replaces the profile: name
 * {@code postgresql} there too). {@link PostgresServer.PantauDatabase#of} finds the
 * context's database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("postgresql")
@TestPropertySource(properties = OnPostgres.FRESH_DATABASE + "=true")
public @interface OnPostgres {

	/**
	 * The property that asks for a fresh database; works for any
	 * {@code SpringApplication} of the tests, e.g. one started in profile {@code prod}.
	 */
	String FRESH_DATABASE = "pantau.test.fresh-postgres-database";

	/**
	 * Creates the database and points the environment at it, before the environment is
	 * checked (operations.StartupCheck) and before any bean is made; registered in the
	 * tests' {@code META-INF/spring.factories}.
	 */
	class FreshDatabase implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			if (environment.getProperty(FRESH_DATABASE, Boolean.class, false)) {
				PostgresServer.PantauDatabase database = PostgresServer.shared().createDatabase();
				environment.getPropertySources()
					.addFirst(new MapPropertySource("embedded-postgres " + database.name(), database.properties()));
			}
		}

	}

}
