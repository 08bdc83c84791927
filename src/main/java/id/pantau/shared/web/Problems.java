package id.pantau.shared.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import id.pantau.shared.PantauException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Resolves messages and builds the responses. */
final class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	String text(PantauException ex) {
		return text(ex.messageKey(), ex.args());
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	String text(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/**
	 * Framework errors (404, 405, 415, …) in the caller's language, where the bundle has
	 * them.
	 */
	void localize(ProblemDetail problem, int status) {
		String title = this.messages.getMessage("problem.title." + status, null, null, LocaleContextHolder.getLocale());
		String detail = this.messages.getMessage("problem.detail." + status, null, null,
				LocaleContextHolder.getLocale());
		if (title != null) {
			problem.setTitle(title);
		}
		if (detail != null) {
			problem.setDetail(detail);
		}
	}

	ResponseEntity<Object> of(HttpStatus status, PantauException ex) {
		return of(status, ex.messageKey(), ex.args());
	}

	ResponseEntity<Object> of(HttpStatus status, String key, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key, args));
		problem.setTitle(text("problem.title." + status.value()));
		return asProblemJson(ResponseEntity.status(status).body(problem));
	}

	ResponseEntity<Object> badRequest(List<FieldMessage> fields) {
		String detail = fields.stream()
			.map((f) -> f.field() + ": " + f.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse(text("problem.title.400"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(text("problem.title.400"));
		problem.setProperty("errors", fields);
		return asProblemJson(ResponseEntity.badRequest().body(problem));
	}

	ResponseEntity<Object> asProblemJson(ResponseEntity<Object> response) {
		if (response == null || !(response.getBody() instanceof ProblemDetail)) {
			return response;
		}
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(response.getBody());
	}

	/**
	 * A property path without Bean Validation's container markers
	 * ({@code <list element>}).
	 */
	static String field(String propertyPath) {
		return propertyPath.replaceAll("\\.?<[^>]+>", "").replace("[]", "");
	}

	static String path(JsonMappingException mapping) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : mapping.getPath()) {
			if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static String choices(Class<?> enumType) {
		return String.join(", ", java.util.Arrays.stream(enumType.getEnumConstants()).map(Object::toString).toList());
	}

}
