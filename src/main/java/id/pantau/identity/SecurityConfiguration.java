package id.pantau.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.WriteRefused;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Who may reach which URL. Pantau's API needs a login; Camunda's REST API and webapps are
 * for the {@code admin} role only. The finer rules (region, assignment) are in
 * {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	PasswordEncoder passwordEncoder() {
		return LocalUserDetails.defaultEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, LoginMethod login) throws Exception {
		login.api(http, problems);
		http.securityMatcher(antMatcher("/api/**"))
			.authorizeHttpRequests((auth) -> auth.requestMatchers(SecurityConfiguration::isWrite)
				.hasAnyRole(WRITERS)
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					(ex) -> ex.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::readOnly))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Camunda's REST API: explicit credentials on every request (HTTP Basic locally,
	 * bearer tokens under Keycloak), never the browser's session, so a page of another
	 * site cannot make the administrator's browser call it. Each call then runs in the
	 * engine as the administrator ({@link CamundaWebappLogin}), so the engine's user
	 * operation log and Pantau's audit log name him.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain engineRest(HttpSecurity http, ProblemResponses problems, LoginMethod login) throws Exception {
		login.engineRest(http);
		// a Jersey servlet, not Spring MVC: match the raw request path
		http.securityMatcher(antMatcher("/engine-rest/**"))
			.authorizeHttpRequests((auth) -> auth.anyRequest().hasRole(Groups.ADMIN))
			.exceptionHandling((ex) -> ex.accessDeniedHandler(problems::forbidden))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no session, no cookie credentials: nothing for a forged request to ride on
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain camunda(HttpSecurity http, ProblemResponses problems, LoginMethod login) throws Exception {
		login.camunda(http);
		// Camunda's webapps and their API are Jersey servlets and static pages, not
		// Spring MVC: match the raw request path, or the rule would never apply to them.
		http.securityMatcher(antMatcher("/camunda/**"))
			.authorizeHttpRequests((auth) -> auth.anyRequest().hasRole(Groups.ADMIN))
			.exceptionHandling((ex) -> ex.accessDeniedHandler(problems::forbidden))
			// Camunda's webapps use the session and bring their own CSRF protection
			// (a token header on every write)
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * Spring Boot's actuator: the health check and its liveness and readiness probes for
	 * everyone (load balancers, orchestrators), everything else, Prometheus's figures
	 * above all, for the {@code admin} role only, with the API's credentials (HTTP Basic
	 * locally, a bearer token under Keycloak), never the browser's session.
	 */
	@Bean
	@Order(4)
	SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems, LoginMethod login) throws Exception {
		login.api(http, problems);
		http.securityMatcher(antMatcher("/actuator/**"))
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers(antMatcher("/actuator/health"), antMatcher("/actuator/health/**"))
						.permitAll()
						.anyRequest()
						.hasRole(Groups.ADMIN))
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(5)
	SecurityFilterChain rest(HttpSecurity http, LoginMethod login, ProblemResponses problems) throws Exception {
		login.ui(http);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/error", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**",
					"/actuator/health/**", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(SecurityConfiguration::isWrite)
			.hasAnyRole(WRITERS)
			.anyRequest()
			.authenticated())
			.exceptionHandling((ex) -> ex.accessDeniedHandler(problems::forbiddenPage))
			// the pages: CSRF stays on (Spring's default); scripts only from Pantau
			// itself
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(PAGE_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The roles that may change anything; the auditor only reads, so his writes are
	 * refused (and recorded) before any of their content is looked at.
	 */
	static final String[] WRITERS = { Groups.INTAKE, Groups.INSPECTOR, Groups.CHIEF_INSPECTOR, Groups.HR, Groups.PPK,
			Groups.ADMIN };

	private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	static boolean isWrite(jakarta.servlet.http.HttpServletRequest request) {
		return !READS.contains(request.getMethod());
	}

	/**
	 * A path Spring Security's firewall refuses ({@code ;}, {@code ..}, encoded periods
	 * or semicolons, ...) is a client's mistake or a probe: 400 as problem+json and one
	 * log line, not a 500 with a stack trace.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
		return (request, response, ex) -> {
			log.warn("Refused a malformed request {} {}: {}", request.getMethod(), printable(request.getRequestURI()),
					ex.getMessage());
			problems.badRequest(request, response);
		};
	}

	/**
	 * A request path as it may go into one log line: no control characters, not endless.
	 */
	static String printable(String path) {
		String plain = (path != null) ? path.replaceAll("\\p{Cntrl}", "?") : "";
		return (plain.length() > 300) ? plain.substring(0, 300) + "..." : plain;
	}

	/**
	 * No inline or foreign scripts; inline styles only because the diagram viewer draws
	 * with style attributes.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Writes 401 and 403 as problem+json in the caller's language. */
	@org.springframework.stereotype.Component
	static class ProblemResponses {

		private final MessageSource messages;

		private final ObjectMapper json;

		private final LoginMethod login;

		private final ApplicationEventPublisher events;

		private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

		ProblemResponses(MessageSource messages, ObjectMapper json, LoginMethod login,
				ApplicationEventPublisher events) {
			this.messages = messages;
			this.json = json;
			this.login = login;
			this.events = events;
		}

		void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Exception ex)
				throws java.io.IOException {
			if (ex instanceof LoginThrottledException locked) {
				response.setHeader("Retry-After", Long.toString(locked.retryAfter().toSeconds()));
				write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.login-throttled", locked.minutes());
				return;
			}
			response.setHeader("WWW-Authenticate", this.login.challenge());
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		}

		void forbidden(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Exception ex)
				throws java.io.IOException {
			recordIfWrite(request);
			write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
		}

		/**
		 * A write refused by the API's URL rules: only the auditor, who only reads, gets
		 * here.
		 */
		void readOnly(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Exception ex)
				throws java.io.IOException {
			recordIfWrite(request);
			write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden.read-only");
		}

		/** A refusal by the URL rules of a page: Spring's 403 error page, recorded. */
		void forbiddenPage(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
				AccessDeniedException ex) throws java.io.IOException, jakarta.servlet.ServletException {
			recordIfWrite(request);
			this.pages.handle(request, response, ex);
		}

		private void recordIfWrite(jakarta.servlet.http.HttpServletRequest request) {
			if (isWrite(request)) {
				this.events.publishEvent(new WriteRefused(request.getMethod(),
						request.getRequestURI().substring(request.getContextPath().length())));
			}
		}

		void badRequest(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
				throws java.io.IOException {
			write(request, response, HttpStatus.BAD_REQUEST, "problem.request-rejected");
		}

		private void write(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
				HttpStatus status, String key, Object... args) throws java.io.IOException {
			java.util.Locale locale = (request.getHeader("Accept-Language") != null) ? request.getLocale()
					: java.util.Locale.forLanguageTag("id");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					this.messages.getMessage(key, args, locale));
			problem.setTitle(this.messages.getMessage("problem.title." + status.value(), null, locale));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}

	}

}
