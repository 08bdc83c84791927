package id.pantau.identity;

import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Login through Keycloak (profile {@code keycloak}): people sign in with OpenID Connect
 * (authorization code with PKCE) and sign out of Keycloak too; the API and Camunda's REST
 * API take Keycloak's bearer tokens only; Camunda's webapps share the browser login.
 */
@Component
@Profile("keycloak")
class KeycloakLogin implements LoginMethod {

	private static final String LOGIN = "/oauth2/authorization/" + KeycloakConfiguration.REGISTRATION;

	private final Converter<Jwt, AbstractAuthenticationToken> bearer;

	private final OAuth2UserService<OidcUserRequest, OidcUser> browser;

	private final ClientRegistrationRepository registrations;

	KeycloakLogin(Converter<Jwt, AbstractAuthenticationToken> bearer,
			OAuth2UserService<OidcUserRequest, OidcUser> browser, ClientRegistrationRepository registrations) {
		this.bearer = bearer;
		this.browser = browser;
		this.registrations = registrations;
	}

	@Override
	public void api(HttpSecurity http, SecurityConfiguration.ProblemResponses problems) throws Exception {
		http.oauth2ResourceServer((rs) -> rs.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.bearer))
			.authenticationEntryPoint(problems::unauthorized));
	}

	@Override
	public String challenge() {
		return "Bearer";
	}

	@Override
	public void engineRest(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer((rs) -> rs.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.bearer)))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(new BearerTokenAuthenticationEntryPoint()));
	}

	@Override
	public void camunda(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer((rs) -> rs.jwt((jwt) -> jwt.jwtAuthenticationConverter(this.bearer)))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(RelativeLoginRedirect.to(LOGIN)));
	}

	@Override
	public void ui(HttpSecurity http) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.oauth2Login((login) -> login.userInfoEndpoint((info) -> info.oidcUserService(this.browser)))
			.logout((out) -> out.logoutSuccessHandler(logout));
	}

}
