package id.pantau.identity;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A person using Pantau.
 *
 * @param username login name, also the Camunda user id
 * @param name display name
 * @param roles role ids, also Camunda candidate groups
 * @param regions region codes, also Camunda tenant ids
 * @param nip the person's own employee number, if known (to keep the reported employee
 * off his own examination team)
 * @param email his e-mail address for notifications, if the directory knows one (never in
 * API answers)
 */
public record PantauUser(String username, String name, Set<String> roles, Set<String> regions, String nip,
		@JsonIgnore String email) {

	public PantauUser {
		roles = Set.copyOf(roles);
		regions = Set.copyOf(regions);
	}

	/** A person without a known e-mail address. */
	public PantauUser(String username, String name, Set<String> roles, Set<String> regions, String nip) {
		this(username, name, roles, regions, nip, null);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean inRegion(String region) {
		return this.regions.contains(region);
	}

}
