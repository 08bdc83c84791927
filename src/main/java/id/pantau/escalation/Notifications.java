package id.pantau.escalation;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The recorded notifications, for the case history and the escalation lists. */
@Component
@Transactional(readOnly = true)
public class Notifications {

	private final SentNotifications sent;

	Notifications(SentNotifications sent) {
		this.sent = sent;
	}

	/** The notifications about a case, oldest first (at most 500). */
	public List<Notification> ofCase(String caseNumber) {
		return this.sent.findTop500ByCaseNumberOrderBySentAt(caseNumber).stream().map(SentNotification::view).toList();
	}

	List<Notification> escalationsTo(String group) {
		return this.sent.findTop500ByKindAndRecipientGroupOrderBySentAtDesc(TaskEscalation.ESCALATION, group)
			.stream()
			.map(SentNotification::view)
			.toList();
	}

}
