package id.pantau.escalation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification as recorded. */
@Entity
@Table(name = "notification")
class SentNotification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String caseNumber;

	private String region;

	private String recipientGroup;

	private String kind;

	private String step;

	private String taskId;

	private Instant dueAt;

	private Instant sentAt;

	protected SentNotification() {
	}

	SentNotification(Notification n) {
		this.caseNumber = n.caseNumber();
		this.region = n.region();
		this.recipientGroup = n.recipientRole();
		this.kind = n.kind();
		this.step = n.stepKey();
		this.taskId = n.taskId();
		this.dueAt = n.dueAt();
		this.sentAt = n.sentAt();
	}

	Notification view() {
		return new Notification(this.caseNumber, this.region, this.recipientGroup, this.kind, this.step, this.taskId,
				this.dueAt, this.sentAt);
	}

}
