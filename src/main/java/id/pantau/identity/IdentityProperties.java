package id.pantau.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local users ({@code pantau.identity.*}), for the demo profile and tests only.
 *
 * @param demoPassword the one password of all local demo users
 * @param users the local users
 * @param loginThrottle how wrong passwords of the local login are throttled
 * @param verifiedLogins how long a correct password is taken without checking it again
 */
@ConfigurationProperties("pantau.identity")
record IdentityProperties(String demoPassword, List<LocalUser> users, LoginThrottle loginThrottle,
		RememberedLogins verifiedLogins) {

	IdentityProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
		loginThrottle = (loginThrottle != null) ? loginThrottle : new LoginThrottle(null, null, null, null);
		verifiedLogins = (verifiedLogins != null) ? verifiedLogins : new RememberedLogins(null, null);
	}

	/**
	 * A user name and password that passed the (deliberately slow) password check are
	 * taken again without the check for {@code timeToLive}; at most {@code maxEntries}
	 * are kept. A time to live of zero checks every request.
	 */
	record RememberedLogins(Duration timeToLive, Integer maxEntries) {

		RememberedLogins {
			timeToLive = (timeToLive != null) ? timeToLive : Duration.ofSeconds(60);
			maxEntries = (maxEntries != null) ? maxEntries : 1000;
		}

	}

	/**
	 * Locks a user name, or a client address, for {@code lockDuration} once it has failed
	 * {@code maxFailuresPerUser} (or {@code maxFailuresPerAddress}) times within
	 * {@code window}.
	 */
	record LoginThrottle(Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Duration window,
			Duration lockDuration) {

		LoginThrottle {
			maxFailuresPerUser = (maxFailuresPerUser != null) ? maxFailuresPerUser : 5;
			maxFailuresPerAddress = (maxFailuresPerAddress != null) ? maxFailuresPerAddress : 20;
			window = (window != null) ? window : Duration.ofMinutes(15);
			lockDuration = (lockDuration != null) ? lockDuration : Duration.ofMinutes(5);
		}

	}

	/** A local user; {@code email} is where his notifications go (none: he gets none). */
	record LocalUser(String username, String name, Set<String> roles, Set<String> regions, String nip, String email) {

		PantauUser toUser() {
			return new PantauUser(this.username, this.name, this.roles, this.regions, this.nip,
					(this.email != null && !this.email.isBlank()) ? this.email : null);
		}

	}

}
