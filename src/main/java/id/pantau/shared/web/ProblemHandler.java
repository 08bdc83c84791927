package id.pantau.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.pantau.shared.TransientFailures;
import id.pantau.shared.AccessRefusedException;
import id.pantau.shared.ConflictException;
import id.pantau.shared.InvalidInputException;
import id.pantau.shared.NotFoundException;
import id.pantau.shared.PantauException;
import id.pantau.shared.RefusedValueException;
import id.pantau.shared.UnreadablePayloadException;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error into an RFC 9457 problem with a message in the caller's language and,
 * for bad input, the fields at fault. Unexpected failures get a reference an operator can
 * find in the log, never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;

	private final LoadProperties load;

	ProblemHandler(MessageSource messages, LoadProperties load) {
		this.problems = new Problems(messages);
		this.load = load;
		setMessageSource(messages);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		String message = this.problems.text(ex);
		return this.problems.badRequest(List.of(new FieldMessage(ex.field(), message)));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
		List<FieldMessage> fields = ex.getConstraintViolations()
			.stream()
			.map((v) -> new FieldMessage(Problems.field(v.getPropertyPath().toString()), v.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toList();
		return this.problems.badRequest(fields);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		Class<?> type = ex.getRequiredType();
		PantauException refused = refusal(ex);
		String message = (refused != null) ? this.problems.text(refused)
				: (type != null && type.isEnum())
						? this.problems.text("problem.field.choice", ex.getValue(), Problems.choices(type))
						: this.problems.text("problem.field.unreadable", ex.getValue());
		return this.problems.badRequest(List.of(new FieldMessage(ex.getName(), message)));
	}

	@ExceptionHandler(UnreadablePayloadException.class)
	ResponseEntity<Object> unreadablePayload(UnreadablePayloadException ex) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return this.problems
				.badRequest(List.of(new FieldMessage(Problems.path(mapping), unreadableMessage(mapping))));
		}
		return this.problems
			.badRequest(List.of(new FieldMessage("body", this.problems.text("problem.body.unreadable"))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return this.problems.of(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(AccessRefusedException.class)
	ResponseEntity<Object> refused(AccessRefusedException ex) {
		log.info("Refused: {}", ex.getMessage());
		return this.problems.of(HttpStatus.FORBIDDEN, ex);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex) {
		return this.problems.of(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		ResponseEntity<Object> response = this.problems.of(HttpStatus.CONFLICT, ex);
		ProblemDetail body = (ProblemDetail) response.getBody();
		ex.properties().forEach(body::setProperty);
		return response;
	}

	@ExceptionHandler({ OptimisticLockingException.class, OptimisticLockingFailureException.class })
	ResponseEntity<Object> concurrentChange(RuntimeException ex) {
		return this.problems.of(HttpStatus.CONFLICT, "problem.concurrent-change");
	}

	/** An administrator suspended the case in Camunda (issue 17): not a system error. */
	@ExceptionHandler(SuspendedEntityInteractionException.class)
	ResponseEntity<Object> suspended(SuspendedEntityInteractionException ex) {
		log.info("Refused, suspended: {}", ex.getMessage());
		return this.problems.of(HttpStatus.CONFLICT, "problem.suspended");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (TransientFailures.in(ex)) {
			return busy(ex);
		}
		String reference = UUID.randomUUID().toString();
		log.error("Unexpected failure, reference {}", reference, ex);
		ResponseEntity<Object> response = this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected",
				reference);
		((ProblemDetail) response.getBody()).setProperty("reference", reference);
		return response;
	}

	/**
	 * Issue 17: a lock or pool timeout is "busy, try again" (503 with Retry-After), not a
	 * 500.
	 */
	private ResponseEntity<Object> busy(Exception ex) {
		log.warn("Busy, answered 503: {}", ex.toString());
		long seconds = Math.max(1, this.load.retryAfter().toSeconds());
		ResponseEntity<Object> response = this.problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.busy", seconds);
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(response.getBody());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> new FieldMessage(Problems.field(e.getField()), this.problems.text(e)))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toList();
		return this.problems.badRequest(fields);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> fields = ex.getParameterValidationResults()
			.stream()
			.flatMap((r) -> r.getResolvableErrors()
				.stream()
				.map((e) -> new FieldMessage(r.getMethodParameter().getParameterName(), this.problems.text(e))))
			.toList();
		return this.problems.badRequest(fields);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = Problems.path(mapping);
			return this.problems.badRequest(List.of(new FieldMessage(field, unreadableMessage(mapping))));
		}
		return this.problems
			.badRequest(List.of(new FieldMessage("body", this.problems.text("problem.body.unreadable"))));
	}

	private String unreadableMessage(JsonMappingException mapping) {
		if (mapping instanceof RefusedValueException refused) {
			return this.problems.text(refused.messageKey(), refused.args());
		}
		if (mapping instanceof UnrecognizedPropertyException) {
			return this.problems.text("problem.field.unknown");
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
			return this.problems.text("problem.field.choice", format.getValue(),
					Problems.choices(format.getTargetType()));
		}
		if (mapping instanceof InvalidFormatException format && format.getValue() != null) {
			return this.problems.text("problem.field.unreadable", format.getValue());
		}
		return this.problems.text("problem.field.invalid");
	}

	// issue 17: input

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return required(ex.getParameterName());
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return required(ex.getRequestPartName());
	}

	@Override
	protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex.isMissingAfterConversion()) {
			return required(ex.getVariableName());
		}
		return super.handleMissingPathVariable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MissingRequestHeaderException header) {
			return required(header.getHeaderName());
		}
		if (ex instanceof MissingRequestCookieException cookie) {
			return required(cookie.getCookieName());
		}
		return super.handleServletRequestBindingException(ex, headers, status, request);
	}

	/**
	 * An upload the server cannot read (e.g. a file name with a NUL, refused by the
	 * container's parser): the client's mistake, not a failure. Pantau's uploads are all
	 * the part {@code file}.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableUpload(MultipartException ex) {
		log.info("Unreadable upload: {}", loggable(ex.getMostSpecificCause().getMessage()));
		return this.problems.badRequest(List.of(new FieldMessage("file", this.problems.text("file.unreadable"))));
	}

	/**
	 * A parameter the HTTP firewall refuses when the request is read (e.g. a form
	 * parameter name with a control character): the sender's mistake.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException ex) {
		log.info("Request rejected: {}", loggable(ex.getMessage()));
		return this.problems
			.badRequest(List.of(new FieldMessage("request", this.problems.text("problem.request.rejected"))));
	}

	private ResponseEntity<Object> required(String name) {
		return this.problems.badRequest(
				List.of(new FieldMessage(name, this.problems.text("jakarta.validation.constraints.NotNull.message"))));
	}

	/** What a sender wrote, safe for one log line. */
	private static String loggable(String text) {
		return (text == null) ? null : text.replaceAll("\\p{Cntrl}", "?");
	}

	/**
	 * A domain refusal (e.g. a date out of range) raised while converting a parameter.
	 */
	private static PantauException refusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PantauException refused) {
				return refused;
			}
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			this.problems.localize(problem, statusCode.value());
		}
		return this.problems.asProblemJson(response);
	}

}
