package id.pantau.identity;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check of the local users (form login and HTTP Basic), guarded by the
 * {@link LoginThrottle}: a locked user or address is refused before the password is
 * checked, also when it was correct a moment ago; every wrong password is checked and
 * counted. A correct password is remembered briefly ({@link VerifiedLogins}), so that a
 * client sending it with every request costs one password hash, not one each.
 */
@Component
@ConditionalOnProperty("pantau.identity.demo-password")
class ThrottledLocalLogin implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final LocalUserDetails users;

	private final VerifiedLogins verified;

	ThrottledLocalLogin(LocalUserDetails users, PasswordEncoder encoder, LoginThrottle throttle,
			IdentityProperties properties) {
		this.passwords = new DaoAuthenticationProvider(encoder);
		this.passwords.setUserDetailsService(users);
		this.throttle = throttle;
		this.users = users;
		this.verified = new VerifiedLogins(properties.verifiedLogins().timeToLive(),
				properties.verifiedLogins().maxEntries(), Clock.systemUTC());
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String address = (login.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
		this.throttle.check(login.getName(), address);
		String password = (login.getCredentials() != null) ? login.getCredentials().toString() : null;
		UserDetails current = known(login.getName());
		if (current != null && this.verified.verified(login.getName(), password, current)) {
			this.throttle.succeeded(login.getName());
			UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(current, null,
					current.getAuthorities());
			again.setDetails(login.getDetails());
			return again;
		}
		try {
			Authentication authenticated = this.passwords.authenticate(login);
			this.throttle.succeeded(login.getName());
			if (authenticated.getPrincipal() instanceof UserDetails checked) {
				this.verified.remember(login.getName(), password, checked);
			}
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(login.getName(), address);
			throw ex;
		}
	}

	private UserDetails known(String username) {
		try {
			return this.users.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
