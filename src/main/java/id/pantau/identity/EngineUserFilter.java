package id.pantau.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who acts during an API request, so that its history and user operation log
 * record the person (claims, completions, the start of a case).
 */
class EngineUserFilter extends OncePerRequestFilter {

	private final IdentityService identity;

	EngineUserFilter(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		List<String> groups = List.copyOf(Authorities.withPrefix(auth.getAuthorities(), Authorities.ROLE));
		this.identity.setAuthentication(auth.getName(), groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<EngineUserFilter> engineUserFilter(IdentityService identity) {
			FilterRegistrationBean<EngineUserFilter> registration = new FilterRegistrationBean<>(
					new EngineUserFilter(identity));
			registration.addUrlPatterns("/api/*");
			return registration;
		}

	}

}
