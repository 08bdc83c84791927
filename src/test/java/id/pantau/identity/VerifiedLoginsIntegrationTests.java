package id.pantau.identity;

import java.util.concurrent.atomic.AtomicInteger;

import id.pantau.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API client that sends its password with every request (HTTP Basic) pays the slow
 * password hash once, not on every request, which capped the server at 8-9 requests a
 * second on 2 cores; wrong passwords are still checked and counted, and a locked login
 * stays locked for the right password too. Its own context, so its lock touches no other
 * test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pantau.identity.verified-logins.time-to-live=PT10M")
@ActiveProfiles({ "local", "test" })
@Import(VerifiedLoginsIntegrationTests.CountedChecks.class)
class VerifiedLoginsIntegrationTests {

	static final AtomicInteger CHECKS = new AtomicInteger();

	@Autowired
	TestRestTemplate rest;

	@BeforeEach
	void resetCount() {
		CHECKS.set(0);
	}

	@Test
	void checksACorrectPasswordOnceForManyRequests() {
		for (int i = 0; i < 10; i++) {
			assertThat(Api.as(this.rest, "hr-prob").get("/api/tasks?view=group").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(CHECKS.get()).isEqualTo(1);
	}

	@Test
	void checksAndCountsEveryWrongPasswordAndKeepsALockedLoginLocked() {
		assertThat(status("ppk-pmk", Api.DEMO_PASSWORD)).isEqualTo(HttpStatus.OK);
		for (int i = 0; i < 5; i++) {
			assertThat(status("ppk-pmk", "tebakan-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
		}
		assertThat(CHECKS.get()).isEqualTo(6);

		assertThat(status("ppk-pmk", Api.DEMO_PASSWORD)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(CHECKS.get()).isEqualTo(6);
	}

	private HttpStatus status(String user, String password) {
		return HttpStatus.valueOf(this.rest.withBasicAuth(user, password)
			.getForEntity("/api/tasks?view=group", String.class)
			.getStatusCode()
			.value());
	}

	/** Counts the password hash checks of the local login. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountedChecks {

		@Bean
		static BeanPostProcessor countPasswordChecks() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof PasswordEncoder encoder) {
						return new PasswordEncoder() {
							@Override
							public String encode(CharSequence raw) {
								return encoder.encode(raw);
							}

							@Override
							public boolean matches(CharSequence raw, String encoded) {
								CHECKS.incrementAndGet();
								return encoder.matches(raw, encoded);
							}

							@Override
							public boolean upgradeEncoding(String encoded) {
								return encoder.upgradeEncoding(encoded);
							}
						};
					}
					return bean;
				}
			};
		}

	}

}
