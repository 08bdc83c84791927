package id.pantau.identity;

import java.util.Optional;

/** Looks up people by login name, wherever they come from. */
public interface UserDirectory {

	Optional<PantauUser> find(String username);

}
