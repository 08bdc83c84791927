package id.pantau.shared;

/** Nothing with that id or number exists: 404. */
public class NotFoundException extends PantauException {

	public NotFoundException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
