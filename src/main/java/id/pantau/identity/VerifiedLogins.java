package id.pantau.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * User names and passwords whose check succeeded a moment ago, so that a client that
 * sends its credentials with every request (HTTP Basic) is not held up by the
 * deliberately slow password hash (bcrypt, about 80 ms of a processor) each time. Nothing
 * of the password is kept: an entry is found by an HMAC of user name and password under a
 * random key that exists only in this process's memory. An entry counts only as long as
 * the user's stored password hash and authorities are the ones it was verified against (a
 * changed demo password or user list voids it), at most {@code ttl} after the check, and
 * there are at most {@code maxEntries}. Wrong passwords are never kept.
 */
class VerifiedLogins {

	private final Duration ttl;

	private final int maxEntries;

	private final Clock clock;

	private final SecretKeySpec key;

	private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

	VerifiedLogins(Duration ttl, int maxEntries, Clock clock) {
		this.ttl = ttl;
		this.maxEntries = maxEntries;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * Whether the user's password was verified within the time to live, for him as he is
	 * now.
	 */
	boolean verified(String username, String password, UserDetails current) {
		if (!enabled() || password == null) {
			return false;
		}
		String id = id(username, password);
		Entry entry = this.entries.get(id);
		if (entry == null) {
			return false;
		}
		if (!entry.expires().isAfter(this.clock.instant()) || !entry.sameAs(current)) {
			this.entries.remove(id, entry);
			return false;
		}
		return true;
	}

	/** Keeps a successful check of the user's password. */
	void remember(String username, String password, UserDetails verified) {
		if (!enabled() || password == null) {
			return;
		}
		Instant now = this.clock.instant();
		if (this.entries.size() >= this.maxEntries) {
			this.entries.values().removeIf((e) -> !e.expires().isAfter(now));
			if (this.entries.size() >= this.maxEntries) {
				this.entries.clear();
			}
		}
		this.entries.put(id(username, password), new Entry(now.plus(this.ttl), verified.getPassword(),
				verified.getAuthorities().toString(), verified.isEnabled() && verified.isAccountNonLocked()));
	}

	int size() {
		return this.entries.size();
	}

	private boolean enabled() {
		return this.maxEntries > 0 && !this.ttl.isNegative() && !this.ttl.isZero();
	}

	private String id(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** What the check was made against: the stored hash and authorities. */
	private record Entry(Instant expires, String passwordHash, String authorities, boolean usable) {

		boolean sameAs(UserDetails current) {
			return this.usable && current.isEnabled() && current.isAccountNonLocked()
					&& this.passwordHash.equals(current.getPassword())
					&& this.authorities.equals(current.getAuthorities().toString());
		}

	}

}
