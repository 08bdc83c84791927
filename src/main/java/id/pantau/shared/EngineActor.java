package id.pantau.shared;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls in the name of a person, so the engine's history and user operation
 * log record who acted. Sets the user id only: with groups, the engine would also count
 * group membership in candidate-user queries.
 */
public final class EngineActor {

	private EngineActor() {
	}

	public static <T> T as(IdentityService identity, String username, Supplier<T> work) {
		String previous = identity.getCurrentAuthentication() != null ? identity.getCurrentAuthentication().getUserId()
				: null;
		identity.setAuthenticatedUserId(username);
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				identity.setAuthenticatedUserId(previous);
			}
			else {
				identity.clearAuthentication();
			}
		}
	}

}
