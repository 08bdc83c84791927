package id.pantau.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Login against the users configured in {@code pantau.identity.users} (the demo users of
 * the {@code local} profile): HTTP Basic for the API and Camunda, a login form
 * ({@code /login}) for the pages; people without a login are sent to {@code /login}
 * relatively, whatever host the request named.
 */
@Component
@Profile("!keycloak")
class LocalLogin implements LoginMethod {

	@Override
	public void api(HttpSecurity http, SecurityConfiguration.ProblemResponses problems) throws Exception {
		http.httpBasic((basic) -> basic.authenticationEntryPoint(problems::unauthorized));
	}

	@Override
	public void engineRest(HttpSecurity http) throws Exception {
		http.httpBasic(Customizer.withDefaults());
	}

	@Override
	public void camunda(HttpSecurity http) throws Exception {
		http.httpBasic(Customizer.withDefaults());
	}

	@Override
	public void ui(HttpSecurity http) throws Exception {
		http.formLogin((form) -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(LocalLogin::failed)
			.permitAll()
			.withObjectPostProcessor(RelativeLoginRedirect.INSTANCE))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
	}

	/**
	 * Back to the login page, saying whether the password was wrong or the login is
	 * locked.
	 */
	private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String query = (ex instanceof LoginThrottledException locked) ? "?locked=" + locked.minutes() : "?error";
		response.sendRedirect(request.getContextPath() + "/login" + query);
	}

}
