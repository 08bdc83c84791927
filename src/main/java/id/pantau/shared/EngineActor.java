package id.pantau.shared;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls in the name of a person, so the engine's history and user operation
 * log record who acted. Sets the user id only: with groups, the engine would also count
 * group membership in candidate-user queries.
 * <p>
 * Also Pantau's permit: the engine refuses the commands that move a case along its route
 * (complete a step, modify, start, set variables, ...) unless Pantau itself makes them,
 * inside {@link #as}, after its own rules were checked (see docs/decisions.md, "No back
 * door through the engine").
 */
public final class EngineActor {

	private static final ThreadLocal<Boolean> PERMIT = new ThreadLocal<>();

	private EngineActor() {
	}

	public static <T> T as(IdentityService identity, String username, Supplier<T> work) {
		String previous = identity.getCurrentAuthentication() != null ? identity.getCurrentAuthentication().getUserId()
				: null;
		Boolean permitted = PERMIT.get();
		identity.setAuthenticatedUserId(username);
		PERMIT.set(Boolean.TRUE);
		try {
			return work.get();
		}
		finally {
			if (permitted != null) {
				PERMIT.set(permitted);
			}
			else {
				PERMIT.remove();
			}
			if (previous != null) {
				identity.setAuthenticatedUserId(previous);
			}
			else {
				identity.clearAuthentication();
			}
		}
	}

	/**
	 * Whether the engine is called by Pantau on this thread now (inside {@link #as}),
	 * rather than by an administrator through Camunda's APIs or by any other code.
	 */
	public static boolean actsForPantau() {
		return Boolean.TRUE.equals(PERMIT.get());
	}

}
