package id.pantau.escalation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records each notification once per task and kind (a repeated timer sends nothing). */
@Component
class RecordingNotifier implements Notifier {

	private final SentNotifications sent;

	RecordingNotifier(SentNotifications sent) {
		this.sent = sent;
	}

	@Override
	@Transactional
	public void send(Notification notification) {
		if (!this.sent.existsByTaskIdAndKindAndRecipientGroup(notification.taskId(), notification.kind(),
				notification.recipientRole())) {
			this.sent.save(new SentNotification(notification));
		}
	}

}
