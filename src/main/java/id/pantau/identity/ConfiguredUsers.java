package id.pantau.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The users listed in {@code pantau.identity.users}. */
@Component
class ConfiguredUsers implements UserDirectory {

	private final Map<String, PantauUser> users;

	ConfiguredUsers(IdentityProperties properties) {
		this.users = properties.users()
			.stream()
			.map(IdentityProperties.LocalUser::toUser)
			.collect(Collectors.toUnmodifiableMap(PantauUser::username, Function.identity()));
	}

	@Override
	public Optional<PantauUser> find(String username) {
		return Optional.ofNullable(this.users.get(username));
	}

	@Override
	public List<PantauUser> withRoleIn(String role, String region) {
		return this.users.values()
			.stream()
			.filter((u) -> u.hasRole(role) && u.inRegion(region))
			.sorted(Comparator.comparing(PantauUser::username))
			.toList();
	}

}
