package id.pantau.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong passwords lock the user name, or the address, for a while. */
class LoginThrottleTests {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new IdentityProperties.LoginThrottle(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(5)), this.clock);

	@Test
	void locksAUserAfterTooManyWrongPasswordsForTheLockDuration() {
		fail("ppk-prob", "10.0.0.1", 3);

		assertThatThrownBy(() -> this.throttle.check("ppk-prob", "10.0.0.2")).isInstanceOfSatisfying(
				LoginThrottledException.class, (ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
		assertThatThrownBy(() -> this.throttle.check("PPK-Prob ", "10.0.0.2"))
			.isInstanceOf(LoginThrottledException.class);
		assertThatNoException().isThrownBy(() -> this.throttle.check("hr-prob", "10.0.0.1"));

		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertThatNoException().isThrownBy(() -> this.throttle.check("ppk-prob", "10.0.0.1"));
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		fail("ppk-prob", "10.0.0.1", 2);
		this.clock.advance(Duration.ofMinutes(16));
		fail("ppk-prob", "10.0.0.1", 2);

		assertThatNoException().isThrownBy(() -> this.throttle.check("ppk-prob", "10.0.0.1"));
	}

	@Test
	void startsCountingAgainAfterACorrectPassword() {
		fail("ppk-prob", "10.0.0.1", 2);
		this.throttle.succeeded("ppk-prob");
		fail("ppk-prob", "10.0.0.1", 2);

		assertThatNoException().isThrownBy(() -> this.throttle.check("ppk-prob", "10.0.0.1"));
	}

	@Test
	void locksAnAddressThatTriesManyUsers() {
		for (int i = 0; i < 5; i++) {
			fail("user" + i, "10.0.0.9", 1);
		}

		assertThatThrownBy(() -> this.throttle.check("hr-prob", "10.0.0.9"))
			.isInstanceOf(LoginThrottledException.class);
		assertThatNoException().isThrownBy(() -> this.throttle.check("hr-prob", "10.0.0.8"));
	}

	private void fail(String user, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(user, address);
		}
	}

	private static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T02:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
