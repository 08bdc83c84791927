package id.pantau.mail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.pantau.identity.PantauUser;
import id.pantau.identity.RegionTime;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the mails, in Indonesian (message bundle keys {@code mail.*}): the case
 * number, the step, the deadline in the region's own time and a link.
 */
@Component
class MailTexts {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN);

	private final MessageSource messages;

	private final RegionTime regionTime;

	private final MailProperties properties;

	MailTexts(MessageSource messages, RegionTime regionTime, MailProperties properties) {
		this.messages = messages;
		this.regionTime = regionTime;
		this.properties = properties;
	}

	/**
	 * The message of a kind about a step of a case to a user.
	 * @param path the page the link leads to, e.g. {@code /tasks/ID}
	 */
	MailMessage compose(PantauUser user, String kind, String caseNumber, String stepKey, String taskId, Instant dueAt,
			String region, String path) {
		String step = text("step." + stepKey, stepKey);
		String link = this.properties.baseUrl() + path;
		Object[] args = { caseNumber, step, deadline(dueAt, region), link, user.name() };
		return new MailMessage(user.username(), user.email(), text("mail.subject." + kind, args),
				text("mail.body." + kind, args) + "\n\n" + text("mail.footer"), kind, caseNumber, taskId);
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, INDONESIAN);
	}

	private String text(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, INDONESIAN);
	}

	private String deadline(Instant dueAt, String region) {
		if (dueAt == null) {
			return text("mail.deadline.none");
		}
		try {
			return DEADLINE.format(dueAt.atZone(this.regionTime.zoneOf(region))) + " " + this.regionTime.label(region);
		}
		catch (IllegalArgumentException ex) {
			return DEADLINE.format(dueAt.atZone(this.properties.digestZone()));
		}
	}

}
