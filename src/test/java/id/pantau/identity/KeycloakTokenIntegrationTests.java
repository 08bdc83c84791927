package id.pantau.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.pantau.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens the API must refuse with 401. Each forged token is a real one of the demo PPK
 * changed in one respect and, unless the respect is the signature, signed with the
 * realm's own key (the test server's key, see {@link KeycloakServer}): the control case
 * shows such a token is otherwise accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "keycloak", "test" })
@ExtendWith(KeycloakServer.class)
class KeycloakTokenIntegrationTests {

	private static final String TASKS = "/api/tasks?view=mine";

	@LocalServerPort
	int port;

	KeycloakServer keycloak;

	@Autowired
	UserDirectory directory;

	@Autowired
	JdbcClient jdbc;

	JWTClaimsSet real;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		KeycloakTestSupport.keycloakProperties(registry);
	}

	@BeforeEach
	void realToken() throws Exception {
		this.keycloak = KeycloakServer.get();
		this.real = SignedJWT.parse(this.keycloak.token("ppk-prob", Api.DEMO_PASSWORD)).getJWTClaimsSet();
	}

	@Test
	void acceptsTheRealTokenResignedWithTheRealmKey() throws Exception {
		assertThat(call(signed(this.real)).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void takesTheUsersEmailAddressFromTheTokenIntoTheDirectory() throws Exception {
		assertThat(this.real.getStringClaim("email")).isEqualTo("ppk-prob@pantau.example");

		assertThat(call(signed(this.real)).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(this.directory.find("ppk-prob").orElseThrow().email()).isEqualTo("ppk-prob@pantau.example");
		assertThat(
				this.jdbc.sql("select email from known_user where username = 'ppk-prob'").query(String.class).single())
			.isEqualTo("ppk-prob@pantau.example");
	}

	@Test
	void asksForABearerTokenWhenThereIsNone() {
		ResponseEntity<JsonNode> response = Api.anonymous(KeycloakTestSupport.bearerRest(this.port)).get(TASKS);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		Instant past = Instant.now().minusSeconds(600);
		assertUnauthorized(
				signed(with((c) -> c.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past)))));
	}

	@Test
	void refusesATokenSignedByAnotherKey() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair foreign = generator.generateKeyPair();
		assertUnauthorized(sign(this.real, foreign, this.keycloak.realmKeyId()));
		assertUnauthorized(sign(this.real, foreign, "foreign-key"));
	}

	@Test
	void refusesATokenWhosePayloadWasChanged() throws Exception {
		String[] parts = this.keycloak.token("ppk-prob", Api.DEMO_PASSWORD).split("\\.");
		JWTClaimsSet widened = with((c) -> c.claim("regions", List.of("probolinggo", "pamekasan")));
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(widened.toString().getBytes());
		assertUnauthorized(parts[0] + "." + payload + "." + parts[2]);
	}

	@Test
	void refusesAnUnsignedToken() {
		String unsigned = new PlainJWT(this.real).serialize();
		assertThat(unsigned).startsWith("eyJhbGciOiJub25lIn0.");
		assertUnauthorized(unsigned);
	}

	@Test
	void refusesATokenOfAnotherIssuer() throws Exception {
		String otherName = "http://localhost:" + this.keycloak.port() + "/realms/pantau";
		String token = this.keycloak.tokenResponse(otherName, "ppk-prob", Api.DEMO_PASSWORD)
			.get("access_token")
			.asText();
		assertThat(SignedJWT.parse(token).getJWTClaimsSet().getIssuer()).isEqualTo(otherName);
		assertUnauthorized(token);
		assertUnauthorized(signed(with((c) -> c.issuer("https://keycloak.example/realms/pantau"))));
	}

	@Test
	void refusesATokenForAnotherAudience() throws Exception {
		assertUnauthorized(signed(with((c) -> c.audience("account"))));
	}

	@Test
	void refusesARegionBoundRoleWithoutRegions() throws Exception {
		assertUnauthorized(signed(with((c) -> c.claim("regions", null))));
		JWTClaimsSet admin = SignedJWT.parse(this.keycloak.token("admin", Api.DEMO_PASSWORD)).getJWTClaimsSet();
		JWTClaimsSet adminWithoutRegions = new JWTClaimsSet.Builder(admin).claim("regions", null).build();
		assertThat(call(signed(adminWithoutRegions)).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private JWTClaimsSet with(UnaryOperator<JWTClaimsSet.Builder> change) {
		return change.apply(new JWTClaimsSet.Builder(this.real)).build();
	}

	private String signed(JWTClaimsSet claims) throws Exception {
		return sign(claims, this.keycloak.realmKey(), this.keycloak.realmKeyId());
	}

	private static String sign(JWTClaimsSet claims, KeyPair key, String keyId) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
		return jwt.serialize();
	}

	private ResponseEntity<JsonNode> call(String token) {
		return Api.anonymous(KeycloakTestSupport.bearerRest(this.port).withToken(token)).get(TASKS);
	}

	private void assertUnauthorized(String token) {
		ResponseEntity<JsonNode> response = call(token);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
	}

}
