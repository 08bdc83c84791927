package id.pantau.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into Camunda's webapps: they take the person Spring Security
 * authenticated (only the {@code admin} role gets that far, see
 * {@link SecurityConfiguration}) instead of asking for a second login. Under Keycloak,
 * his Camunda groups and tenants come from his roles and regions, since Camunda's own
 * identity tables do not know him.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappLogin {

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication(Environment environment) {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		Class<?> provider = environment.matchesProfiles("keycloak") ? FromSpringSecurity.class
				: ContainerBasedAuthenticationProvider.class;
		registration.setInitParameters(Map.of("authentication-provider", provider.getName()));
		registration.addUrlPatterns("/camunda/*");
		return registration;
	}

	/** The logged-in person with his roles as Camunda groups and regions as tenants. */
	public static class FromSpringSecurity extends ContainerBasedAuthenticationProvider {

		/** Camunda's built-in administrators group, which opens the Admin webapp. */
		static final String CAMUNDA_ADMIN = "camunda-admin";

		@Override
		public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth == null || !auth.isAuthenticated()) {
				return AuthenticationResult.unsuccessful();
			}
			List<String> groups = new ArrayList<>(Authorities.withPrefix(auth.getAuthorities(), Authorities.ROLE));
			if (groups.contains(id.pantau.shared.NeutralityCaseProcess.Groups.ADMIN)) {
				groups.add(CAMUNDA_ADMIN);
			}
			AuthenticationResult result = AuthenticationResult.successful(auth.getName());
			result.setGroups(groups);
			result.setTenants(new ArrayList<>(Authorities.withPrefix(auth.getAuthorities(), Authorities.REGION)));
			return result;
		}

	}

}
