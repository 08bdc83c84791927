package id.pantau.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Logins for the local demo users, all with the demo password of the local profile.
 * Exists only where {@code pantau.identity.demo-password} is set.
 */
@Component
@ConditionalOnProperty("pantau.identity.demo-password")
class LocalUserDetails implements UserDetailsService {

	private final ConfiguredUsers users;

	private final String encodedPassword;

	LocalUserDetails(ConfiguredUsers users, IdentityProperties properties, PasswordEncoder encoder) {
		if (!StringUtils.hasText(properties.demoPassword())) {
			throw new IllegalStateException("pantau.identity.demo-password must not be empty");
		}
		this.users = users;
		this.encodedPassword = encoder.encode(properties.demoPassword());
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		PantauUser user = this.users.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No local user " + username));
		return User.withUsername(user.username())
			.password(this.encodedPassword)
			.authorities(Authorities.of(user.roles(), user.regions()))
			.build();
	}

	static PasswordEncoder defaultEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
