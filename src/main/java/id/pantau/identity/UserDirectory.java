package id.pantau.identity;

import java.util.List;
import java.util.Optional;

/** Looks up people by login name, wherever they come from. */
public interface UserDirectory {

	Optional<PantauUser> find(String username);

	/**
	 * The people the directory knows with a role in a region, by login name (e.g. the
	 * inspectors an Inspektur can put on a team).
	 */
	List<PantauUser> withRoleIn(String role, String region);

}
