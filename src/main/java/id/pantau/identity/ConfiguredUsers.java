package id.pantau.identity;

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

}
