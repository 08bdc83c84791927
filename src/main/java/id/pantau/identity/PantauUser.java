package id.pantau.identity;

import java.util.Set;

/**
 * A person using Pantau.
 *
 * @param username login name, also the Camunda user id
 * @param name display name
 * @param roles role ids, also Camunda candidate groups
 * @param regions region codes, also Camunda tenant ids
 * @param nip the person's own employee number, if known (to keep the reported employee
 * off his own examination team)
 */
public record PantauUser(String username, String name, Set<String> roles, Set<String> regions, String nip) {

	public PantauUser {
		roles = Set.copyOf(roles);
		regions = Set.copyOf(regions);
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	public boolean inRegion(String region) {
		return this.regions.contains(region);
	}

}
