package id.pantau.mail;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of the outbox, each in its own short statements outside any
 * step's transaction. A node claims a message with one conditional update (PENDING, or
 * SENDING whose lease ran out, and due): of two nodes on the same database exactly one
 * changes the row, the other finds it no longer due and leaves it. A failed attempt puts
 * the message back with the next attempt later (doubling waits) and logs one WARN line;
 * after the last attempt it is FAILED. In mode {@code local} nothing leaves the machine:
 * the message is DELIVERED_LOCALLY into the in-app mailbox.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Outbox outbox;

	OutboxSender(JdbcClient jdbc, Outbox outbox, MailProperties properties, ObjectProvider<JavaMailSender> mailSender) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.properties = properties;
		this.mailSender = mailSender;
	}

	/**
	 * Sends the messages due at {@code now} (at most one batch).
	 * @return how many went out
	 */
	int sendDue(Instant now) {
		List<Long> due = this.jdbc.sql("""
				select id from mail_outbox where status in ('PENDING', 'SENDING') and next_attempt_at <= ?
				order by id fetch first ? rows only""")
			.params(Outbox.utc(now), this.properties.batchSize())
			.query(Long.class)
			.list();
		int sent = 0;
		for (Long id : due) {
			if (claim(id, now) && send(id, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean claim(long id, Instant now) {
		return this.jdbc.sql("""
				update mail_outbox set status = 'SENDING', node = ?, attempts = attempts + 1, next_attempt_at = ?
				where id = ? and status in ('PENDING', 'SENDING') and next_attempt_at <= ?""")
			.params(this.properties.node(), Outbox.utc(now.plus(this.properties.claimLease())), id, Outbox.utc(now))
			.update() == 1;
	}

	private boolean send(long id, Instant now) {
		OutboxMail mail = this.outbox.find(id).orElseThrow();
		try {
			deliver(mail);
		}
		catch (RuntimeException ex) {
			failed(mail, ex, now);
			return false;
		}
		String status = (this.properties.mode() == MailProperties.Mode.LOCAL) ? Outbox.DELIVERED_LOCALLY : Outbox.SENT;
		this.jdbc.sql("""
				update mail_outbox set status = ?, sent_at = ?, next_attempt_at = null
				where id = ? and status = 'SENDING' and node = ?""")
			.params(status, Outbox.utc(Instant.now()), id, this.properties.node())
			.update();
		return true;
	}

	private void deliver(OutboxMail mail) {
		if (this.properties.mode() == MailProperties.Mode.LOCAL) {
			return;
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(mail.recipient());
		message.setSubject(mail.subject());
		message.setText(mail.body());
		sender.send(message);
	}

	private void failed(OutboxMail mail, RuntimeException ex, Instant now) {
		boolean last = mail.attempts() >= this.properties.maxAttempts();
		Instant next = last ? null : now.plus(this.properties.retryAfter(mail.attempts()));
		String error = describe(ex);
		this.jdbc.sql("""
				update mail_outbox set status = ?, next_attempt_at = ?, last_error = ?
				where id = ? and status = 'SENDING' and node = ?""")
			.params(last ? Outbox.FAILED : Outbox.PENDING, Outbox.utc(next), error, mail.mailId(),
					this.properties.node())
			.update();
		if (last) {
			log.warn("Mail {} ({} to user {}) failed on attempt {} of {}, given up: {}", mail.mailId(), mail.kind(),
					mail.username(), mail.attempts(), this.properties.maxAttempts(), error);
		}
		else {
			log.warn("Mail {} ({} to user {}) failed on attempt {} of {}, next attempt at {}: {}", mail.mailId(),
					mail.kind(), mail.username(), mail.attempts(), this.properties.maxAttempts(), next, error);
		}
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = ex; t != null && text.length() < 900; t = t.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
			if (t.getCause() == t) {
				break;
			}
		}
		return (text.length() > 1000) ? text.substring(0, 1000) : text.toString();
	}

}
