package id.pantau.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail address a Keycloak token gives its user (issue 14: where his mails go). */
class KeycloakClaimsTests {

	@Test
	void takesTheEmailClaimAsTheUsersAddress() {
		KeycloakClaims claims = new KeycloakClaims(Map.of("preferred_username", "hr-prob", "roles", List.of("hr"),
				"regions", List.of("probolinggo"), "email", "hr-prob@pantau.example"));

		assertThat(claims.user().email()).isEqualTo("hr-prob@pantau.example");
	}

	@Test
	void leavesAUserWithoutAnAddressWithoutOne() {
		assertThat(new KeycloakClaims(Map.of("preferred_username", "hr-prob", "email", " ")).user().email()).isNull();
		assertThat(new KeycloakClaims(Map.of("preferred_username", "hr-prob")).user().email()).isNull();
	}

}
