package id.pantau.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.PantauException;
import id.pantau.shared.RefusedValueException;
import id.pantau.shared.UnreadablePayloadException;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The messages of a refused form, by field, in the page's language: the same rules and
 * texts as the API's problem responses.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** Field name (JSON path, list markers removed) to message; null for other errors. */
	Map<String, String> of(RuntimeException ex) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (ex instanceof InvalidInputException invalid) {
			fields.put(invalid.field(), text(invalid));
		}
		else if (ex instanceof ConstraintViolationException violations) {
			violations.getConstraintViolations()
				.forEach((v) -> fields.putIfAbsent(field(v.getPropertyPath().toString()), v.getMessage()));
		}
		else if (ex instanceof UnreadablePayloadException && ex.getCause() instanceof JsonMappingException mapping) {
			fields.put(path(mapping), unreadable(mapping));
		}
		else {
			return null;
		}
		return fields;
	}

	String text(PantauException ex) {
		return text(ex.messageKey(), ex.args());
	}

	/** A message whose values read as words: a sanction by its name, not its code. */
	String text(String key, Object... args) {
		Object[] readable = (args != null) ? java.util.Arrays.stream(args).map(this::readable).toArray() : null;
		return this.messages.getMessage(key, readable, key, LocaleContextHolder.getLocale());
	}

	private Object readable(Object value) {
		if (value instanceof Enum<?> e) {
			String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
			return this.messages.getMessage(key, null, e.name(), LocaleContextHolder.getLocale());
		}
		if (value instanceof java.util.Collection<?> values) {
			return values.stream()
				.map(this::readable)
				.map(String::valueOf)
				.collect(java.util.stream.Collectors.joining(", "));
		}
		return value;
	}

	private String unreadable(JsonMappingException mapping) {
		if (mapping instanceof RefusedValueException refused) {
			return text(refused.messageKey(), refused.args());
		}
		if (mapping instanceof InvalidFormatException format && format.getValue() != null) {
			return text("problem.field.unreadable", format.getValue());
		}
		return text("problem.field.invalid");
	}

	private static String field(String propertyPath) {
		return propertyPath.replaceAll("\\.?<[^>]+>", "").replaceAll("\\[\\d*]", "");
	}

	private static String path(JsonMappingException mapping) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : mapping.getPath()) {
			if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
		}
		return path.toString();
	}

}
