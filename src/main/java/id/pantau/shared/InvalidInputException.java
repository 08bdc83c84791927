package id.pantau.shared;

/**
 * Input that breaks a rule of the domain: answered with 400 naming the field at fault.
 * The message is a key of the message bundles, with its arguments.
 */
public class InvalidInputException extends PantauException {

	private final String field;

	public InvalidInputException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
