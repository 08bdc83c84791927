package id.pantau.operations;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the requests Pantau refused, by reason, for {@link PantauMetrics}: no or wrong
 * credentials (401), not allowed (403), in conflict with the case's state or a duplicate
 * (409), a throttled login (429), too busy (503). Outside every other filter, so it sees
 * the answer whoever gave it (the security rules, the write queue, Pantau's own rules).
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequests {

	static final Map<Integer, String> REASONS = Map.of(401, "unauthenticated", 403, "forbidden", 409, "conflict", 429,
			"throttled", 503, "busy");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> refusedRequestsCounter(PantauMetrics metrics) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						finally {
							String reason = REASONS.get(response.getStatus());
							if (reason != null) {
								metrics.refused(reason);
							}
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
