package id.pantau.shared;

/** Base of the errors a user can cause; the message is a key of the message bundles. */
public abstract class PantauException extends RuntimeException {

	private final transient Object[] args;

	protected PantauException(String messageKey, Object... args) {
		super(messageKey);
		this.args = args;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] args() {
		return this.args.clone();
	}

}
