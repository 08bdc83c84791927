package id.pantau.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Checks the settings before anything starts (registered in
 * {@code META-INF/spring.factories}, so it runs once the environment and logging are
 * ready and before any bean, the database pool or the engine): in profile {@code prod}
 * every setting that comes from the environment must be there and none may be a demo
 * value; in any profile there must be a database (profile {@code keycloak} alone names
 * none). When something is wrong, Pantau does not start and logs one line that names
 * every problem (the {@link Reporter} keeps the stack trace out of the log).
 */
class StartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	/** The passwords and secrets of the demo setup (local profile, keycloak/). */
	static final Set<String> DEMO_SECRETS = Set.of("Pantau#Demo2024", "pantau-demo-secret", "Keycloak#Demo2024");

	private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	/** What prod takes from the environment: variable, property, what it is. */
	private static final List<String[]> REQUIRED = List.of(
			new String[] { "PANTAU_DB_URL", "spring.datasource.url",
					"the PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/pantau" },
			new String[] { "PANTAU_DB_USER", "spring.datasource.username", "the application's database role" },
			new String[] { "PANTAU_DB_PASSWORD", "spring.datasource.password", "its password" },
			new String[] { "PANTAU_DB_OWNER_USER", "spring.flyway.user", "the schema owner Flyway migrates as" },
			new String[] { "PANTAU_DB_OWNER_PASSWORD", "spring.flyway.password", "its password" },
			new String[] { "PANTAU_KEYCLOAK_ISSUER", "pantau.keycloak.issuer", "the Keycloak realm's URL" },
			new String[] { "PANTAU_WEB_CLIENT_SECRET", "pantau.keycloak.client-secret",
					"the secret of Keycloak's client pantau-web" },
			new String[] { "PANTAU_SMTP_HOST", "spring.mail.host", "the SMTP server notifications are sent through" },
			new String[] { "PANTAU_MAIL_FROM", "pantau.mail.from", "the sender address of the notifications" },
			new String[] { "PANTAU_MAIL_BASE_URL", "pantau.mail.base-url",
					"Pantau's address as users reach it, for the links in the mails" });

	private static final List<String[]> SECRETS = List.of(
			new String[] { "PANTAU_DB_PASSWORD", "spring.datasource.password" },
			new String[] { "PANTAU_DB_OWNER_PASSWORD", "spring.flyway.password" },
			new String[] { "PANTAU_WEB_CLIENT_SECRET", "pantau.keycloak.client-secret" });

	@Override
	public int getOrder() {
		// after the logging system is set up, so the one line goes where the logs go
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		List<String> problems = problems(event.getEnvironment());
		if (!problems.isEmpty()) {
			boolean prod = event.getEnvironment().matchesProfiles("prod");
			throw new RefusedSettings((prod ? "Pantau will not start in profile prod: " : "Pantau will not start: ")
					+ String.join("; ", problems) + ". See docs/operations.md.");
		}
	}

	static List<String> problems(ConfigurableEnvironment env) {
		List<String> problems = new ArrayList<>();
		if (env.matchesProfiles("prod")) {
			prod(env, problems);
		}
		else {
			if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
				problems.add("no database is configured (spring.datasource.url): run with profile local "
						+ "(demo data on H2, also as local,keycloak) or prod (PostgreSQL)");
			}
			if (env.matchesProfiles("keycloak") && !StringUtils.hasText(env.getProperty("pantau.keycloak.issuer"))) {
				problems.add("PANTAU_KEYCLOAK_ISSUER is not set (pantau.keycloak.issuer, the Keycloak realm's URL)");
			}
			if ("smtp".equalsIgnoreCase(env.getProperty("pantau.mail.mode"))
					&& !StringUtils.hasText(env.getProperty("spring.mail.host"))) {
				problems.add("pantau.mail.mode is smtp but no SMTP server is configured (spring.mail.host)");
			}
		}
		mailBaseUrl(env, problems);
		return problems;
	}

	private static void prod(ConfigurableEnvironment env, List<String> problems) {
		for (String profile : List.of("local", "test")) {
			if (env.matchesProfiles(profile)) {
				problems.add("profile " + profile + " brings demo users and H2; it cannot run with prod");
			}
		}
		for (String[] required : REQUIRED) {
			if (!StringUtils.hasText(env.getProperty(required[1]))) {
				problems.add(required[0] + " is not set (" + required[1] + ", " + required[2] + ")");
			}
		}
		for (String[] secret : SECRETS) {
			if (DEMO_SECRETS.contains(env.getProperty(secret[1]))) {
				problems.add(secret[0] + " is a demo password (" + secret[1] + ")");
			}
		}
		String url = env.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url) && !url.startsWith("jdbc:postgresql:")) {
			problems.add("PANTAU_DB_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://...)");
		}
		String user = env.getProperty("spring.datasource.username");
		String owner = env.getProperty("spring.flyway.user");
		for (String[] role : List.of(new String[] { "PANTAU_DB_USER", user },
				new String[] { "PANTAU_DB_OWNER_USER", owner })) {
			if (StringUtils.hasText(role[1]) && !ROLE.matcher(role[1]).matches()) {
				problems.add(role[0] + " is not a plain role name (letters, digits, underscores)");
			}
		}
		if (StringUtils.hasText(user) && user.equals(owner)) {
			problems.add("PANTAU_DB_USER is the schema owner PANTAU_DB_OWNER_USER; the application needs a role "
					+ "of its own, without rights to change the schema or the audit log");
		}
		if (env.getProperty("pantau.demo.enabled", Boolean.class, false)) {
			problems.add("pantau.demo.enabled is true; prod loads no demo cases");
		}
		if (StringUtils.hasText(env.getProperty("pantau.identity.demo-password"))) {
			problems.add("pantau.identity.demo-password is set; people log in through Keycloak");
		}
		if (StringUtils.hasText(env.getProperty("pantau.identity.users[0].username"))) {
			problems.add("pantau.identity.users lists local users; prod takes its users from Keycloak");
		}
		if (StringUtils.hasText(env.getProperty("camunda.bpm.admin-user.id"))) {
			problems.add("camunda.bpm.admin-user is set; administrators log in through Keycloak");
		}
	}

	private static void mailBaseUrl(ConfigurableEnvironment env, List<String> problems) {
		String url = env.getProperty("pantau.mail.base-url");
		if (StringUtils.hasText(url) && !url.startsWith("https://") && !url.startsWith("http://")) {
			problems.add("PANTAU_MAIL_BASE_URL is not an http(s) address (pantau.mail.base-url)");
		}
	}

	/** Settings that Pantau refuses to start with. */
	static final class RefusedSettings extends RuntimeException {

		RefusedSettings(String message) {
			super(message, null, false, false);
		}

	}

	/**
	 * Reports {@link RefusedSettings} as one log line, instead of Spring Boot's
	 * "Application run failed" and a stack trace.
	 */
	static final class Reporter implements SpringBootExceptionReporter {

		private static final Logger log = LoggerFactory.getLogger(StartupCheck.class);

		@Override
		public boolean reportException(Throwable failure) {
			if (failure instanceof RefusedSettings) {
				log.error(failure.getMessage());
				return true;
			}
			return false;
		}

	}

}
