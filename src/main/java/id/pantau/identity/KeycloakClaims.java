package id.pantau.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.shared.NeutralityCaseProcess.Groups;

import org.springframework.security.core.GrantedAuthority;

/**
 * The one mapping from a Keycloak token's claims to Pantau's authorities, used by the
 * browser login and by bearer tokens alike: realm roles ({@code roles} claim) become
 * {@code ROLE_} authorities and Camunda candidate groups, the {@code regions} claim (the
 * user's groups under {@code /regions}) becomes {@code REGION_} authorities and Camunda
 * tenants.
 */
final class KeycloakClaims {

	static final String USERNAME = "preferred_username";

	static final String ROLES = "roles";

	static final String REGIONS = "regions";

	/** The user's e-mail address (Keycloak's standard claim), where notifications go. */
	static final String EMAIL = "email";

	private static final Set<String> PANTAU_ROLES = Set.of(Groups.INTAKE, Groups.INSPECTOR, Groups.CHIEF_INSPECTOR,
			Groups.HR, Groups.PPK, Groups.AUDITOR, Groups.ADMIN);

	private final Map<String, Object> claims;

	KeycloakClaims(Map<String, Object> claims) {
		this.claims = claims;
	}

	String username() {
		Object username = this.claims.get(USERNAME);
		return (username != null) ? username.toString() : null;
	}

	Set<String> roles() {
		return strings(ROLES).stream().filter(PANTAU_ROLES::contains).collect(Collectors.toUnmodifiableSet());
	}

	Set<String> regions() {
		return strings(REGIONS);
	}

	List<GrantedAuthority> authorities() {
		return Authorities.of(roles(), regions());
	}

	/**
	 * Why these claims cannot make a Pantau user, if they cannot: no user name, or a role
	 * bound to regions (every role but {@code admin}) without any region.
	 */
	Optional<String> defect() {
		if (username() == null || username().isBlank()) {
			return Optional.of("The token names no " + USERNAME);
		}
		boolean regionBound = roles().stream().anyMatch((role) -> !Groups.ADMIN.equals(role));
		if (regionBound && regions().isEmpty()) {
			return Optional.of("The token's roles need a regions claim");
		}
		return Optional.empty();
	}

	PantauUser user() {
		Object name = this.claims.get("name");
		Object nip = this.claims.get("nip");
		Object email = this.claims.get(EMAIL);
		return new PantauUser(username(), (name != null) ? name.toString() : username(), roles(), regions(),
				(nip != null) ? nip.toString() : null,
				(email != null && !email.toString().isBlank()) ? email.toString() : null);
	}

	private Set<String> strings(String claim) {
		Object value = this.claims.get(claim);
		if (value instanceof Collection<?> values) {
			return values.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
		}
		return (value != null) ? Set.of(value.toString()) : Set.of();
	}

}
