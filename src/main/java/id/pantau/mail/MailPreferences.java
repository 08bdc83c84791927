package id.pantau.mail;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each user's choice between single mails (the default) and one daily digest. */
@Component
public class MailPreferences {

	private final JdbcClient jdbc;

	MailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user gets one daily digest instead of single mails. */
	public boolean digest(String username) {
		return this.jdbc.sql("select digest from mail_preference where username = ?")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Records the user's choice (statements of their own: two requests at once both
	 * succeed, the later one wins).
	 */
	public void choose(String username, boolean digest) {
		OffsetDateTime now = Outbox.utc(Instant.now());
		if (update(username, digest, now) == 0) {
			try {
				this.jdbc.sql("insert into mail_preference (username, digest, updated_at) values (?, ?, ?)")
					.params(username, digest, now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				update(username, digest, now);
			}
		}
	}

	private int update(String username, boolean digest, OffsetDateTime now) {
		return this.jdbc.sql("update mail_preference set digest = ?, updated_at = ? where username = ?")
			.params(digest, now, username)
			.update();
	}

}
