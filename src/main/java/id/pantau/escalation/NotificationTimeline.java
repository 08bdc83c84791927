package id.pantau.escalation;

import id.pantau.timeline.HistoryEntry;
import id.pantau.timeline.StepNames;
import id.pantau.timeline.TimelineSource;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Reminders and escalations of overdue steps sent on a case (recorded by the
 * {@code escalation} module), as timeline entries.
 */
@Component
class NotificationTimeline implements TimelineSource {

	private final Notifications notifications;

	private final StepNames names;

	NotificationTimeline(Notifications notifications, StepNames names) {
		this.notifications = notifications;
		this.names = names;
	}

	@Override
	public List<HistoryEntry> entriesOf(String caseNumber, String region) {
		return this.notifications.ofCase(caseNumber)
			.stream()
			.map((n) -> new HistoryEntry(n.sentAt(), "NOTIFICATION_SENT", n.stepKey(),
					this.names.of(n.stepKey(), n.stepKey()), null, null, n.region(),
					n.kind() + " -> " + n.recipientRole(), null, "escalation"))
			.toList();
	}

}
