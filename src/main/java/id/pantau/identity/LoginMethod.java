package id.pantau.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people and API clients prove who they are. {@link SecurityConfiguration} decides
 * who may reach which URL; a login method only adds the authentication mechanism to each
 * filter chain. The {@code local} demo setup and an identity provider (e.g. Keycloak)
 * each bring one implementation, chosen by profile.
 */
interface LoginMethod {

	/** Pantau's API under {@code /api}: stateless, answers 401 as problem+json. */
	void api(HttpSecurity http, SecurityConfiguration.ProblemResponses problems) throws Exception;

	/**
	 * Camunda's REST API (administrators only): explicit credentials on every request,
	 * never the browser's session.
	 */
	void engineRest(HttpSecurity http) throws Exception;

	/** Camunda's webapps (administrators only), which use the browser's session. */
	void camunda(HttpSecurity http) throws Exception;

	/** Everything else: the pages people use. */
	void ui(HttpSecurity http) throws Exception;

	/** The {@code WWW-Authenticate} challenge of a 401 from the API. */
	default String challenge() {
		return "Basic realm=\"Pantau\"";
	}

}
