package id.pantau.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correct password is taken again without the slow check only briefly, only for the
 * user as he was when it was checked, and only so many of them.
 */
class VerifiedLoginsTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-05-06T01:00:00Z"));

	private final VerifiedLogins logins = new VerifiedLogins(Duration.ofSeconds(60), 3, new Clock() {
		@Override
		public Instant instant() {
			return VerifiedLoginsTests.this.now.get();
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void takesACorrectPasswordAgainUntilItsTimeToLiveEnds() {
		UserDetails hr = user("hr-prob", "{bcrypt}hash-1", "ROLE_hr");
		this.logins.remember("hr-prob", "Rahasia#1", hr);

		assertThat(this.logins.verified("hr-prob", "Rahasia#1", hr)).isTrue();
		assertThat(this.logins.verified("hr-prob", "rahasia#1", hr)).isFalse();
		assertThat(this.logins.verified("ppk-prob", "Rahasia#1", hr)).isFalse();
		this.now.set(this.now.get().plusSeconds(60));
		assertThat(this.logins.verified("hr-prob", "Rahasia#1", hr)).isFalse();
	}

	@Test
	void forgetsAPasswordOnceTheUsersPasswordOrRolesChanged() {
		this.logins.remember("hr-prob", "Rahasia#1", user("hr-prob", "{bcrypt}hash-1", "ROLE_hr"));

		assertThat(this.logins.verified("hr-prob", "Rahasia#1", user("hr-prob", "{bcrypt}hash-2", "ROLE_hr")))
			.isFalse();
		this.logins.remember("hr-prob", "Rahasia#1", user("hr-prob", "{bcrypt}hash-1", "ROLE_hr"));
		assertThat(this.logins.verified("hr-prob", "Rahasia#1", user("hr-prob", "{bcrypt}hash-1", "ROLE_ppk")))
			.isFalse();
	}

	@Test
	void keepsNoMoreThanItsMaximum() {
		for (int i = 0; i < 10; i++) {
			this.logins.remember("user-" + i, "Rahasia#1", user("user-" + i, "{bcrypt}hash", "ROLE_hr"));
			assertThat(this.logins.size()).isLessThanOrEqualTo(3);
		}
		assertThat(this.logins.verified("user-9", "Rahasia#1", user("user-9", "{bcrypt}hash", "ROLE_hr"))).isTrue();
	}

	@Test
	void keepsNothingWithATimeToLiveOfZero() {
		VerifiedLogins off = new VerifiedLogins(Duration.ZERO, 3, Clock.systemUTC());
		UserDetails hr = user("hr-prob", "{bcrypt}hash-1", "ROLE_hr");
		off.remember("hr-prob", "Rahasia#1", hr);

		assertThat(off.verified("hr-prob", "Rahasia#1", hr)).isFalse();
		assertThat(off.size()).isZero();
	}

	private static UserDetails user(String name, String hash, String authority) {
		return User.withUsername(name).password(hash).authorities(authority).build();
	}

}
