package id.pantau.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address and locks either for a while
 * once it has failed too often within the window, so that passwords cannot be guessed at
 * the speed of the server. A locked login is refused before its password is checked.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Above this many tracked keys, expired ones are dropped. */
	private static final int PURGE_ABOVE = 10_000;

	private final IdentityProperties.LoginThrottle settings;

	private final Clock clock;

	private final ConcurrentMap<String, Failures> users = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, Failures> addresses = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(IdentityProperties properties) {
		this(properties.loginThrottle(), Clock.systemUTC());
	}

	LoginThrottle(IdentityProperties.LoginThrottle settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Refuses a login of a locked user or from a locked address.
	 * @throws LoginThrottledException while either is locked
	 */
	void check(String username, String address) {
		Instant now = this.clock.instant();
		Instant until = later(lockedUntil(this.users, key(username), now), lockedUntil(this.addresses, address, now));
		if (until != null) {
			Duration left = Duration.between(now, until);
			throw new LoginThrottledException(Duration.ofSeconds(left.getSeconds() + ((left.getNano() > 0) ? 1 : 0)));
		}
	}

	/**
	 * Counts a wrong password; locks the user or the address when it has failed too
	 * often.
	 */
	void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (count(this.users, key(username), this.settings.maxFailuresPerUser(), now)) {
			log.warn("Login of user '{}' locked for {} after {} failed attempts (last from {})", key(username),
					this.settings.lockDuration(), this.settings.maxFailuresPerUser(), address);
		}
		if (address != null && count(this.addresses, address, this.settings.maxFailuresPerAddress(), now)) {
			log.warn("Logins from address {} locked for {} after {} failed attempts (last as '{}')", address,
					this.settings.lockDuration(), this.settings.maxFailuresPerAddress(), key(username));
		}
	}

	/** A correct password: the user's count starts again (the address's does not). */
	void succeeded(String username) {
		this.users.remove(key(username));
	}

	private boolean count(ConcurrentMap<String, Failures> map, String key, int max, Instant now) {
		purge(map, now);
		Failures after = map.compute(key,
				(k, f) -> ((f == null) ? Failures.NONE : f).failedAt(now, max, this.settings));
		return after.lockedUntil() != null && after.lockedUntil().isAfter(now) && after.count() == 0;
	}

	private static Instant lockedUntil(ConcurrentMap<String, Failures> map, String key, Instant now) {
		Failures f = (key != null) ? map.get(key) : null;
		return (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) ? f.lockedUntil() : null;
	}

	private void purge(ConcurrentMap<String, Failures> map, Instant now) {
		if (map.size() > PURGE_ABOVE) {
			Instant horizon = now.minus(this.settings.window()).minus(this.settings.lockDuration());
			map.values().removeIf((f) -> f.windowStart().isBefore(horizon));
		}
	}

	private static Instant later(Instant a, Instant b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		return a.isAfter(b) ? a : b;
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * Failures counted since the window started; a lock, once the maximum was reached.
	 */
	private record Failures(int count, Instant windowStart, Instant lockedUntil) {

		static final Failures NONE = new Failures(0, Instant.EPOCH, null);

		Failures failedAt(Instant now, int max, IdentityProperties.LoginThrottle settings) {
			boolean fresh = now.isAfter(this.windowStart.plus(settings.window()));
			int counted = (fresh ? 0 : this.count) + 1;
			Instant start = fresh ? now : this.windowStart;
			if (counted >= max) {
				return new Failures(0, now, now.plus(settings.lockDuration()));
			}
			return new Failures(counted, start, this.lockedUntil);
		}

	}

}
