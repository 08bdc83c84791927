package id.pantau.escalation;

/**
 * Delivers notifications. The shipped implementation records them (and the case history
 * shows them); e-mail delivery can come later behind this interface.
 */
public interface Notifier {

	/**
	 * Sends the notification; sending the same kind for the same task twice is ignored.
	 */
	void send(Notification notification);

}
