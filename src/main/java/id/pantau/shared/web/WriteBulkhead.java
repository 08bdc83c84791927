package id.pantau.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A bulkhead for writes: at most {@code pantau.load.concurrent-writes} POST, PUT, PATCH
 * and DELETE requests of the API and the pages are worked on at once, the next ones wait
 * their turn in arrival order, and a write that finds the queue full or waits longer than
 * {@code pantau.load.queue-timeout} is answered 503 with {@code Retry-After}. A write's
 * body is received before it queues ({@link BodyFirst}), so a slow upload holds no turn.
 * A burst of writes then cannot take every database connection, thread and processor from
 * reads, the health check and the engine's jobs. It runs before the login, because
 * checking a password is the costliest part of a small request. Camunda's own paths,
 * login and logout are not counted.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class WriteBulkhead extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(WriteBulkhead.class);

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final List<String> NOT_COUNTED = List.of("/engine-rest", "/camunda", "/actuator", "/login",
			"/logout");

	private final LoadProperties load;

	private final Semaphore permits;

	/** Writes holding a permit or waiting for one. */
	private final AtomicInteger admitted = new AtomicInteger();

	private final MessageSource messages;

	private final ObjectProvider<LocaleResolver> locales;

	private final ObjectMapper json;

	WriteBulkhead(LoadProperties load, MessageSource messages, ObjectProvider<LocaleResolver> locales,
			ObjectMapper json, ObjectProvider<ServerProperties> server) {
		this.load = load;
		this.permits = new Semaphore(load.concurrentWrites(), true);
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		server.ifAvailable(this::checkThreads);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!WRITES.contains(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NOT_COUNTED.stream().anyMatch((p) -> path.equals(p) || path.startsWith(p + "/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest received = BodyFirst.receive(request);
		if (this.admitted.incrementAndGet() > this.load.concurrentWrites() + this.load.queuedWrites()) {
			this.admitted.decrementAndGet();
			refuse(request, response, "the queue is full");
			return;
		}
		try {
			if (!turn()) {
				refuse(request, response, "no turn within " + this.load.queueTimeout());
				return;
			}
			try {
				chain.doFilter(received, response);
			}
			finally {
				this.permits.release();
			}
		}
		finally {
			this.admitted.decrementAndGet();
		}
	}

	/** Writes being worked on or waiting for their turn. */
	int admitted() {
		return this.admitted.get();
	}

	/** Waits for a permit, in arrival order (a fair semaphore). */
	private boolean turn() {
		try {
			return this.permits.tryAcquire(this.load.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
		log.warn("Refused {} {} with 503: {} ({} writes at once, {} may wait)", request.getMethod(),
				request.getRequestURI(), why, this.load.concurrentWrites(), this.load.queuedWrites());
		long seconds = Math.max(1, (this.load.retryAfter().toMillis() + 999) / 1000);
		Locale locale = locale(request);
		String title = this.messages.getMessage("problem.title.503", null, "Service Unavailable", locale);
		String detail = this.messages.getMessage("problem.busy", new Object[] { seconds }, "Busy", locale);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
			problem.setTitle(title);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter()
				.printf("<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
						+ "<body><h1>%s</h1><p>%s</p></body></html>", locale.getLanguage(), HtmlUtils.htmlEscape(title),
						HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail));
		}
	}

	private Locale locale(HttpServletRequest request) {
		LocaleResolver resolver = this.locales.getIfAvailable();
		return (resolver != null) ? resolver.resolveLocale(request) : Locale.forLanguageTag("id");
	}

	private void checkThreads(ServerProperties server) {
		int threads = server.getTomcat().getThreads().getMax();
		if (this.load.concurrentWrites() + this.load.queuedWrites() >= threads) {
			log.warn(
					"pantau.load.concurrent-writes + queued-writes ({}) reach server.tomcat.threads.max ({}): "
							+ "waiting writes can take every thread from reads",
					this.load.concurrentWrites() + this.load.queuedWrites(), threads);
		}
	}

}
