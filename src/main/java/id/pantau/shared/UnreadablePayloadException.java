package id.pantau.shared;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON payload that does not fit its form (unknown field, wrong type): 400 naming the
 * field.
 */
public class UnreadablePayloadException extends RuntimeException {

	public UnreadablePayloadException(JsonProcessingException cause) {
		super(cause.getOriginalMessage(), cause);
	}

}
