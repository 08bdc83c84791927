package id.pantau.mail;

import java.time.Instant;
import java.util.Collection;

import id.pantau.identity.PantauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes one message per user to the outbox, in the caller's transaction: due at once,
 * held for the daily digest if the user chose it, or kept without an address (an INFO
 * line, never an error) for the in-app count.
 */
@Component
class Mails {

	private static final Logger log = LoggerFactory.getLogger(Mails.class);

	private final Outbox outbox;

	private final MailTexts texts;

	private final MailPreferences preferences;

	Mails(Outbox outbox, MailTexts texts, MailPreferences preferences) {
		this.outbox = outbox;
		this.texts = texts;
		this.preferences = preferences;
	}

	void send(Collection<PantauUser> users, String kind, String caseNumber, String stepKey, String taskId,
			Instant dueAt, String region, String path) {
		Instant now = Instant.now();
		for (PantauUser user : users) {
			MailMessage message = this.texts.compose(user, kind, caseNumber, stepKey, taskId, dueAt, region, path);
			this.outbox.write(message, status(user, kind, caseNumber), now);
		}
	}

	private String status(PantauUser user, String kind, String caseNumber) {
		if (user.email() == null) {
			log.info("No e-mail address for user {}: {} of case {} not mailed", user.username(), kind, caseNumber);
			return Outbox.NO_ADDRESS;
		}
		return this.preferences.digest(user.username()) ? Outbox.HELD : Outbox.PENDING;
	}

}
