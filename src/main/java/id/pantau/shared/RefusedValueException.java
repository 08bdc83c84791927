package id.pantau.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value Pantau refuses although it has the right type: a text with a control or
 * direction character, a date in another shape or outside the accepted range. Jackson
 * adds the path of the field; the message is a key of the message bundles.
 */
public class RefusedValueException extends MismatchedInputException {

	private final String messageKey;

	private final transient Object[] args;

	public RefusedValueException(JsonParser parser, Class<?> target, String messageKey, Object... args) {
		super(parser, messageKey, target);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
