package id.pantau.identity;

import java.util.Optional;

import id.pantau.shared.AccessRefusedException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The person behind the current request, from the authorities of his login. */
@Component
public class CurrentUser {

	private final UserDirectory directory;

	CurrentUser(UserDirectory directory) {
		this.directory = directory;
	}

	/**
	 * The caller.
	 * @throws AccessRefusedException when nobody is logged in
	 */
	public PantauUser get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			throw new AccessRefusedException("access.login-required");
		}
		Optional<PantauUser> known = this.directory.find(auth.getName());
		return new PantauUser(auth.getName(), known.map(PantauUser::name).orElse(auth.getName()),
				Authorities.withPrefix(auth.getAuthorities(), Authorities.ROLE),
				Authorities.withPrefix(auth.getAuthorities(), Authorities.REGION),
				known.map(PantauUser::nip).orElse(null), known.map(PantauUser::email).orElse(null));
	}

}
