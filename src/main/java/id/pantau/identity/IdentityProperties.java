package id.pantau.identity;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local users ({@code pantau.identity.*}), for the demo profile and tests only.
 *
 * @param demoPassword the one password of all local demo users
 * @param users the local users
 */
@ConfigurationProperties("pantau.identity")
record IdentityProperties(String demoPassword, List<LocalUser> users) {

	IdentityProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	record LocalUser(String username, String name, Set<String> roles, Set<String> regions, String nip) {

		PantauUser toUser() {
			return new PantauUser(this.username, this.name, this.roles, this.regions, this.nip);
		}

	}

}
