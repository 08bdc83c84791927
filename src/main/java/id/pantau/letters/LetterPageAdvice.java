package id.pantau.letters;

import java.util.Map;

import id.pantau.identity.CurrentUser;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.ConflictException;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PantauException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The letters' pages in the layout of the others (the person, the page's path and its
 * language links) and their refusals as the error page in the page's language, not as the
 * API's problem+json.
 */
@ControllerAdvice(assignableTypes = { LetterPageController.class, LetterTemplatePageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class LetterPageAdvice {

	private final CurrentUser currentUser;

	private final MessageSource messages;

	LetterPageAdvice(CurrentUser currentUser, MessageSource messages) {
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model, HttpServletRequest request) {
		model.addAllAttributes(layout(request));
	}

	@ExceptionHandler(PantauException.class)
	ModelAndView refused(PantauException ex, HttpServletRequest request) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (ex instanceof AccessRefusedException) {
			status = HttpStatus.FORBIDDEN;
		}
		else if (ex instanceof NotFoundException) {
			status = HttpStatus.NOT_FOUND;
		}
		else if (ex instanceof ConflictException) {
			status = HttpStatus.CONFLICT;
		}

		String message = this.messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(),
				LocaleContextHolder.getLocale());
		ModelAndView page = new ModelAndView("web/error", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		page.addAllObjects(layout(request));
		return page;
	}

	private Map<String, Object> layout(HttpServletRequest request) {
		return Map.of("me", this.currentUser.get(), "path",
				request.getRequestURI().substring(request.getContextPath().length()), "langIdUrl",
				withLang(request, "id"), "langEnUrl", withLang(request, "en"));
	}

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
