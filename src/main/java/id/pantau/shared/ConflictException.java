package id.pantau.shared;

import java.util.Map;

/**
 * The request clashes with the current state (a duplicate, a task claimed by another):
 * 409.
 */
public class ConflictException extends PantauException {

	private final transient Map<String, Object> properties;

	public ConflictException(Map<String, Object> properties, String messageKey, Object... args) {
		super(messageKey, args);
		this.properties = Map.copyOf(properties);
	}

	public ConflictException(String messageKey, Object... args) {
		this(Map.of(), messageKey, args);
	}

	/** Extra members of the problem response, e.g. the number of the existing case. */
	public Map<String, Object> properties() {
		return this.properties;
	}

}
