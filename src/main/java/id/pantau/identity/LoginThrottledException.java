package id.pantau.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused unchecked because its user or its address is locked for a while. */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed logins; locked for another " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** How long the lock lasts; at least one second. */
	Duration retryAfter() {
		return this.retryAfter.isNegative() || this.retryAfter.isZero() ? Duration.ofSeconds(1) : this.retryAfter;
	}

	/** Whole minutes, rounded up, for people. */
	long minutes() {
		return Math.max(1, (retryAfter().getSeconds() + 59) / 60);
	}

}
