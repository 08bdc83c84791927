package id.pantau.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
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
 * his Camunda groups and tenants come from his roles and regions, and Camunda's identity
 * tables learn his user id on his first sign-on.
 * <p>
 * Camunda's REST API likewise runs every call as the administrator Spring Security
 * authenticated (Basic or bearer, never the session), so the engine's user operation log,
 * and from it Pantau's audit log, name him. The engine's tenant check stays off (decision
 * 2): he sees every region.
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

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				FromSpringSecurity.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
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
			provision(engine, auth.getName());
			AuthenticationResult result = AuthenticationResult.successful(auth.getName());
			result.setGroups(groups);
			result.setTenants(new ArrayList<>(Authorities.withPrefix(auth.getAuthorities(), Authorities.REGION)));
			return result;
		}

		/**
		 * Camunda's webapps accept only people its identity tables know: record the
		 * administrator there on first sign-on, with a random password nobody uses (his
		 * login is Keycloak's).
		 */
		private static void provision(ProcessEngine engine, String username) {
			IdentityService identity = engine.getIdentityService();
			if (identity.createUserQuery().userId(username).count() == 0) {
				User user = identity.newUser(username);
				user.setFirstName(username);
				user.setPassword(UUID.randomUUID() + "-Aa1!" + UUID.randomUUID());
				identity.saveUser(user);
			}
		}

	}

}
