package id.pantau.shared;

/** The caller's role, region or assignment does not allow this: 403. */
public class AccessRefusedException extends PantauException {

	public AccessRefusedException(String messageKey, Object... args) {
		super(messageKey, args);
	}

}
