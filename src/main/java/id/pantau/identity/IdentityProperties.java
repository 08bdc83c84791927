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
 */
@ConfigurationProperties("pantau.identity")
record IdentityProperties(String demoPassword, List<LocalUser> users, LoginThrottle loginThrottle) {

	IdentityProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
		loginThrottle = (loginThrottle != null) ? loginThrottle : new LoginThrottle(null, null, null, null);
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

	record LocalUser(String username, String name, Set<String> roles, Set<String> regions, String nip) {

		PantauUser toUser() {
			return new PantauUser(this.username, this.name, this.roles, this.regions, this.nip);
		}

	}

}
