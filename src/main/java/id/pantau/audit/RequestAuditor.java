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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import id.pantau.intake.CaseDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs two kinds of requests: every refused attempt to write (403 on a method other than
 * GET/HEAD/OPTIONS, by Pantau's code or, through {@link WriteRefused}, by the URL rules),
 * with the case it concerns (named in the path, or the case of the task in the path), and
 * every read of personal data by an auditor (a successful GET of a case, its parts, a
 * search of cases or an audit query, through the API under {@code /api} or the pages).
 */
@Component
class RequestAuditor extends OncePerRequestFilter {

	private static final Pattern CASE_PATH = Pattern.compile("^(?:/api)?/cases/([^/]+)(/.*)?$");

	private static final Pattern TASK_PATH = Pattern.compile("^(?:/api)?/tasks/([^/]+)(/.*)?$");

	/** Browser assets: neither reads of personal data nor writes. */
	private static final List<String> ASSETS = List.of("/webjars/", "/css/", "/js/", "/favicon");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final AuditLog log;

	private final AuditActors actors;

	private final CaseDirectory cases;

	private final HistoryService history;

	RequestAuditor(AuditLog log, AuditActors actors, CaseDirectory cases, HistoryService history) {
		this.log = log;
		this.actors = actors;
		this.cases = cases;
		this.history = history;
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
		return (path.startsWith("/api/audit/") && !path.equals("/api/audit/verification")) || path.equals("/audit")
				|| path.startsWith("/audit/");
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
		CaseRef concerned = caseOf(path);
		this.log.record(new AuditRecord(actor.username(), actor.roles(), concerned.region(), concerned.number(), action,
				subject, null, null));
	}

	/**
	 * The case a request concerns: named in a case path, or the case of the task in a
	 * task path (running or ended).
	 */
	private CaseRef caseOf(String path) {
		Matcher c = CASE_PATH.matcher(path);
		if (c.matches()) {
			String number = c.group(1);
			return this.cases.regionOf(number).map((region) -> new CaseRef(number, region)).orElse(CaseRef.NONE);
		}
		Matcher t = TASK_PATH.matcher(path);
		return t.matches() ? caseOfTask(t.group(1)) : CaseRef.NONE;
	}

	private CaseRef caseOfTask(String taskId) {
		HistoricTaskInstance task = this.history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return CaseRef.NONE;
		}
		HistoricProcessInstance instance = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return (instance != null && instance.getBusinessKey() != null)
				? new CaseRef(instance.getBusinessKey(), task.getTenantId()) : CaseRef.NONE;
	}

	/** A case number and its region, both null for none. */
	private record CaseRef(String number, String region) {

		static final CaseRef NONE = new CaseRef(null, null);

	}

}
