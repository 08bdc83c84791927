package id.pantau.audit;

import java.util.Optional;
import java.util.TreeSet;

import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting now: the logged-in person, else the user the engine acts for, else the
 * system (timers, jobs).
 */
@Component
public class AuditActors {

	static final String SYSTEM = "system";

	private final CurrentUser currentUser;

	private final UserDirectory directory;

	private final IdentityService identity;

	AuditActors(CurrentUser currentUser, UserDirectory directory, IdentityService identity) {
		this.currentUser = currentUser;
		this.directory = directory;
		this.identity = identity;
	}

	/** The acting person (name and roles), or the system. */
	public Actor current() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return of(this.currentUser.get());
		}
		Authentication engine = this.identity.getCurrentAuthentication();
		if (engine != null && engine.getUserId() != null) {
			return named(engine.getUserId());
		}
		return new Actor(SYSTEM, null);
	}

	/** A person by name, with the roles the directory knows. */
	public Actor named(String username) {
		if (username == null) {
			return new Actor(SYSTEM, null);
		}
		Optional<PantauUser> known = this.directory.find(username);
		return known.map(AuditActors::of).orElse(new Actor(username, null));
	}

	private static Actor of(PantauUser user) {
		return new Actor(user.username(), String.join(",", new TreeSet<>(user.roles())));
	}

	/** A user name and his roles, comma-separated. */
	public record Actor(String username, String roles) {
	}

}
