package id.pantau.audit;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.WriteRefused;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs two kinds of requests: every refused attempt to write (403 on a method other than
 * GET/HEAD/OPTIONS, by Pantau's code or, through {@link WriteRefused}, by the URL rules),
 * and every read of personal data by an auditor (a successful GET of a case, its parts, a
 * search of cases or an audit query, through the API under {@code /api} or the pages).
 */
@Component
class RequestAuditor extends OncePerRequestFilter {

	private static final Pattern CASE_PATH = Pattern.compile("^(?:/api)?/cases/([^/]+)(/.*)?$");

	/** Browser assets: neither reads of personal data nor writes. */
	private static final List<String> ASSETS = List.of("/webjars/", "/css/", "/js/", "/favicon");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final AuditLog log;

	private final AuditActors actors;

	private final JdbcTemplate jdbc;

	RequestAuditor(AuditLog log, AuditActors actors, JdbcTemplate jdbc) {
		this.log = log;
		this.actors = actors;
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ASSETS.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			audit(request, response.getStatus());
		}
	}

	/** A write refused by the URL rules, before it reached this filter. */
	@EventListener
	void on(WriteRefused refused) {
		if (authenticated()) {
			write("WRITE_REFUSED", clip(refused.method() + " " + refused.path()), refused.path());
		}
	}

	private static boolean authenticated() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

	private void audit(HttpServletRequest request, int status) {
		if (!authenticated()) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = READS.contains(request.getMethod());
		if (!read && status == HttpStatus.FORBIDDEN.value()) {
			write("WRITE_REFUSED", request.getMethod() + " " + path, path);
		}
		else if (read && status == HttpStatus.OK.value() && isAuditor()
				&& (readsPersonalData(path) || searchesCases(path))) {
			String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
			write("PERSONAL_DATA_READ", clip(request.getMethod() + " " + path + query), path);
		}
	}

	/** A case and its parts, or an audit query or report listing employees. */
	private static boolean readsPersonalData(String path) {
		Matcher m = CASE_PATH.matcher(path);
		if (m.matches()) {
			return !"new".equals(m.group(1));
		}
		return (path.startsWith("/api/audit/") && !path.equals("/api/audit/verification")) || path.equals("/audit");
	}

	/** A search of cases lists employees by name and NIP, and may look for a NIP. */
	private static boolean searchesCases(String path) {
		return path.equals("/api/cases") || path.equals("/api/cases/");
	}

	private static String clip(String subject) {
		return (subject.length() <= 200) ? subject : subject.substring(0, 199) + "…";
	}

	private boolean isAuditor() {
		return SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch((a) -> ("ROLE_" + Groups.AUDITOR).equals(a.getAuthority()));
	}

	private void write(String action, String subject, String path) {
		AuditActors.Actor actor = this.actors.current();
		Matcher m = CASE_PATH.matcher(path);
		String caseNumber = m.matches() ? m.group(1) : null;
		String region = (caseNumber != null) ? this.jdbc
			.queryForList("select region_code from neutrality_case where case_number = ?", String.class, caseNumber)
			.stream()
			.findFirst()
			.orElse(null) : null;
		this.log.record(new AuditRecord(actor.username(), actor.roles(), region, (region != null) ? caseNumber : null,
				action, subject, null, null));
	}

}
