package id.pantau.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A URL that matches nothing: a page in the person's language with the menu, unless it is
 * under one of the machine interfaces ({@code /api}, the engine's REST API, the actuator,
 * the API documentation), which keep answering with a problem+json.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPageAdvice {

	private static final List<String> MACHINE = List.of("/api/", "/engine-rest/", "/actuator/", "/v3/api-docs",
			"/camunda/", "/swagger-ui");

	private final PageAdvice pages;

	private final FormErrors errors;

	UnknownPageAdvice(PageAdvice pages, FormErrors errors) {
		this.pages = pages;
		this.errors = errors;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object unknown(Exception ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (MACHINE.stream().anyMatch(path::startsWith) || "/api".equals(path)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					this.errors.text("problem.detail.404"));
			problem.setTitle(this.errors.text("problem.title.404"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = this.pages.page(HttpStatus.NOT_FOUND,
				this.errors.text("web.error.not-found.message", path));
		page.addAllObjects(Map.of("errorTitle", this.errors.text("web.error.not-found")));
		return page;
	}

}
