package id.pantau.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How roles and regions travel in Spring Security: {@code ROLE_<role>} and
 * {@code REGION_<code>} authorities, whatever the source of the login.
 */
public final class Authorities {

	static final String ROLE = "ROLE_";

	static final String REGION = "REGION_";

	private Authorities() {
	}

	/** The authorities of a person with these roles and regions. */
	public static List<GrantedAuthority> of(Collection<String> roles, Collection<String> regions) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((r) -> authorities.add(new SimpleGrantedAuthority(ROLE + r)));
		regions.forEach((r) -> authorities.add(new SimpleGrantedAuthority(REGION + r)));
		return authorities;
	}

	static Set<String> withPrefix(Collection<? extends GrantedAuthority> authorities, String prefix) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((a) -> a.startsWith(prefix))
			.map((a) -> a.substring(prefix.length()))
			.collect(Collectors.toUnmodifiableSet());
	}

}
