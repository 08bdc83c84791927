package id.pantau.escalation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each notification once per task and kind (a repeated timer sends nothing) and
 * publishes it, in the same transaction, for the e-mail outbox.
 */
@Component
class RecordingNotifier implements Notifier {

	private final SentNotifications sent;

	private final ApplicationEventPublisher events;

	RecordingNotifier(SentNotifications sent, ApplicationEventPublisher events) {
		this.sent = sent;
		this.events = events;
	}

	@Override
	@Transactional
	public void send(Notification notification) {
		if (!this.sent.existsByTaskIdAndKindAndRecipientGroup(notification.taskId(), notification.kind(),
				notification.recipientRole())) {
			this.sent.save(new SentNotification(notification));
			this.events.publishEvent(notification);
		}
	}

}
