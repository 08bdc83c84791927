package id.pantau.escalation;

/**
 * Delivers notifications. The shipped implementation records them (the case history shows
 * them) and publishes each as an event; the {@code mail} module writes the e-mails to its
 * outbox in the same transaction.
 */
public interface Notifier {

	/**
	 * Sends the notification; sending the same kind for the same task twice is ignored.
	 */
	void send(Notification notification);

}
