package id.pantau.web;

import java.util.Map;
import java.util.UUID;

import id.pantau.identity.PantauUser;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PantauException;
import id.pantau.shared.TransientFailures;
import id.pantau.shared.PageController;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shared model of the pages (the person, the language switch) and their error pages:
 * refusals and unknown cases are shown as pages, not as the API's problem+json. Also for
 * the page controllers of other modules, marked {@link PageController}.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class, annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

	private final Pages pages;

	private final FormErrors errors;

	PageAdvice(Pages pages, FormErrors errors) {
		this.pages = pages;
		this.errors = errors;
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		PantauUser me = this.pages.person().orElse(null);
		model.addAttribute("me", me);
		model.addAttribute("path", request.getRequestURI().substring(request.getContextPath().length()));
		model.addAttribute("langIdUrl", withLang(request, "id"));
		model.addAttribute("langEnUrl", withLang(request, "en"));
	}

	@ExceptionHandler(AccessRefusedException.class)
	ModelAndView refused(AccessRefusedException ex) {
		log.info("Page refused: {}", ex.getMessage());
		return error(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return error(HttpStatus.CONFLICT, ex);
	}

	/** A filter a page could not use (e.g. a reference number longer than any kept). */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex) {
		return error(HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badParameter(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST,
				this.errors.text("problem.field.unreadable", ex.getValue()) + " (" + ex.getName() + ")");
	}

	/**
	 * Framework refusals keep their status; a lock or pool timeout says "busy, nothing
	 * saved, try again" (503); anything else is logged with a reference.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		if (TransientFailures.in(ex)) {
			log.warn("Page busy, answered 503: {}", ex.toString());
			return page(HttpStatus.SERVICE_UNAVAILABLE, this.errors.text("web.error.busy"));
		}
		if (ex instanceof ErrorResponse response) {
			HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
			return page(status, this.errors.text("problem.title." + status.value()));
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Page failed, reference {}", reference, ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, this.errors.text("problem.unexpected", reference));
	}

	private ModelAndView error(HttpStatus status, PantauException ex) {
		return page(status, this.errors.text(ex));
	}

	ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("web/error", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		page.addObject("me", this.pages.person().orElse(null));
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		page.addObject("path", request.getRequestURI().substring(request.getContextPath().length()));
		page.addObject("langIdUrl", withLang(request, "id"));
		page.addObject("langEnUrl", withLang(request, "en"));
		return page;
	}

	/** The page itself in the other language; after a form post, the start page. */
	private static String withLang(HttpServletRequest request, String lang) {
		if (!"GET".equals(request.getMethod())) {
			return "/?lang=" + lang;
		}
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return UriComponentsBuilder.fromUriString(request.getRequestURI() + query)
			.replaceQueryParam("lang", lang)
			.build()
			.toUriString();
	}

}
