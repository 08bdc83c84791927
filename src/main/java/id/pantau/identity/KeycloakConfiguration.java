package id.pantau.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Keycloak as Pantau's identity provider (profile {@code keycloak}): the web client
 * registration, the API's token decoder (signature, expiry, issuer, audience, regions)
 * and the mapping of both logins to Pantau's authorities through {@link KeycloakClaims}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakConfiguration {

	static final String REGISTRATION = "keycloak";

	/** Built here rather than by discovery, so Pantau starts while Keycloak is down. */
	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.issuerUri(keycloak.issuer())
			.authorizationUri(keycloak.browserEndpoint("auth"))
			.tokenUri(keycloak.endpoint("token"))
			.jwkSetUri(keycloak.endpoint("certs"))
			.userNameAttributeName(KeycloakClaims.USERNAME)
			.providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.clientName("Keycloak")
			.build());
	}

	@Bean
	JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.endpoint("certs")).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(keycloak.audience()));
		OAuth2TokenValidator<Jwt> pantauClaims = KeycloakConfiguration::validClaims;
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(keycloak.issuer()), audience, pantauClaims));
		return decoder;
	}

	@Bean
	Converter<Jwt, AbstractAuthenticationToken> bearerAuthentication(KnownUsers users) {
		return (jwt) -> {
			KeycloakClaims claims = new KeycloakClaims(jwt.getClaims());
			users.record(claims.user());
			return new JwtAuthenticationToken(jwt, claims.authorities(), claims.username());
		};
	}

	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> browserLogin(KnownUsers users) {
		OidcUserService standard = new OidcUserService();
		return (request) -> {
			OidcUser user = standard.loadUser(request);
			KeycloakClaims claims = new KeycloakClaims(user.getClaims());
			claims.defect().ifPresent((defect) -> {
				throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, defect, null));
			});
			users.record(claims.user());
			return new DefaultOidcUser(claims.authorities(), user.getIdToken(), user.getUserInfo(),
					KeycloakClaims.USERNAME);
		};
	}

	private static OAuth2TokenValidatorResult validClaims(Jwt jwt) {
		return new KeycloakClaims(jwt.getClaims()).defect()
			.map((defect) -> OAuth2TokenValidatorResult
				.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, defect, null)))
			.orElse(OAuth2TokenValidatorResult.success());
	}

}
