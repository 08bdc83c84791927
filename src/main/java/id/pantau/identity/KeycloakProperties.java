package id.pantau.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Pantau finds Keycloak ({@code pantau.keycloak.*}, profile {@code keycloak}).
 *
 * @param issuer the realm's URL as browsers and tokens see it, e.g.
 * {@code http://localhost:8180/realms/pantau}; every token must name it as {@code iss}
 * @param backchannel the realm's URL as Pantau reaches it (token and key endpoints); the
 * issuer unless Keycloak is reached under another name (e.g. inside docker compose)
 * @param clientId the confidential web client
 * @param clientSecret its secret
 * @param audience the audience every API token must carry
 */
@ConfigurationProperties("pantau.keycloak")
record KeycloakProperties(String issuer, String backchannel, String clientId, String clientSecret, String audience) {

	KeycloakProperties {
		issuer = trimSlash(issuer);
		backchannel = (backchannel == null || backchannel.isBlank()) ? issuer : trimSlash(backchannel);
	}

	String endpoint(String path) {
		return this.backchannel + "/protocol/openid-connect/" + path;
	}

	String browserEndpoint(String path) {
		return this.issuer + "/protocol/openid-connect/" + path;
	}

	private static String trimSlash(String url) {
		return (url != null && url.endsWith("/")) ? url.substring(0, url.length() - 1) : url;
	}

}
