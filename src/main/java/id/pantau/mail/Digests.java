package id.pantau.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: for each user with held messages, one message that lists them,
 * written to the outbox in the same transaction that marks them DIGESTED (two nodes
 * running it at once: the second finds them taken and writes nothing).
 */
@Component
class Digests {

	/** At most this many items are listed in one digest; the rest are counted. */
	static final int MAX_ITEMS = 100;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final MailTexts texts;

	private final TransactionTemplate transactions;

	Digests(JdbcClient jdbc, Outbox outbox, MailTexts texts, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.texts = texts;
		this.transactions = transactions;
	}

	/**
	 * Writes the digests of every user with held messages.
	 * @return how many digests were written
	 */
	int writeDigests(Instant now) {
		List<String> users = this.jdbc.sql("select distinct username from mail_outbox where status = 'HELD'")
			.query(String.class)
			.list();
		int written = 0;
		for (String username : users) {
			Boolean done = this.transactions.execute((tx) -> digest(username, now));
			written += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return written;
	}

	private boolean digest(String username, Instant now) {
		List<Held> held = this.jdbc.sql(
				"select id, recipient, subject, body from mail_outbox where username = ? and status = 'HELD' order by id")
			.param(username)
			.query((rs, n) -> new Held(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body")))
			.list();
		if (held.isEmpty()) {
			return false;
		}
		long last = held.get(held.size() - 1).id();
		int taken = this.jdbc
			.sql("update mail_outbox set status = 'DIGESTED' where username = ? and status = 'HELD' and id <= ?")
			.params(username, last)
			.update();
		if (taken != held.size()) {
			throw new IllegalStateException("Another node is writing the digest of " + username);
		}
		this.outbox.write(
				new MailMessage(username, held.get(held.size() - 1).recipient(),
						this.texts.text("mail.subject.DIGEST", held.size()), body(held), "DIGEST", null, null),
				Outbox.PENDING, now);
		return true;
	}

	private String body(List<Held> held) {
		StringBuilder body = new StringBuilder(this.texts.text("mail.digest.intro", held.size())).append("\n\n");
		held.stream()
			.limit(MAX_ITEMS)
			.forEach((h) -> body.append("* ").append(h.subject()).append('\n').append(h.link()).append("\n\n"));
		if (held.size() > MAX_ITEMS) {
			body.append(this.texts.text("mail.digest.more", held.size() - MAX_ITEMS)).append("\n\n");
		}
		return body.append(this.texts.text("mail.footer")).toString();
	}

	private record Held(long id, String recipient, String subject, String body) {

		/** The link line of the single message. */
		String link() {
			return this.body.lines().filter((line) -> line.contains("://")).findFirst().orElse("");
		}

	}

}
