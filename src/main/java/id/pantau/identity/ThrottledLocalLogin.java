package id.pantau.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check of the local users (form login and HTTP Basic), guarded by the
 * {@link LoginThrottle}: a locked user or address is refused before the password is
 * checked; every wrong password is counted.
 */
@Component
@ConditionalOnProperty("pantau.identity.demo-password")
class ThrottledLocalLogin implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledLocalLogin(LocalUserDetails users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(encoder);
		this.passwords.setUserDetailsService(users);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String address = (login.getDetails() instanceof WebAuthenticationDetails web) ? web.getRemoteAddress() : null;
		this.throttle.check(login.getName(), address);
		try {
			Authentication authenticated = this.passwords.authenticate(login);
			this.throttle.succeeded(login.getName());
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(login.getName(), address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
