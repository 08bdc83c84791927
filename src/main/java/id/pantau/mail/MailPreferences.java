package id.pantau.mail;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	/** Records the user's choice. */
	@Transactional
	public void choose(String username, boolean digest) {
		int updated = this.jdbc.sql("update mail_preference set digest = ?, updated_at = ? where username = ?")
			.params(digest, Outbox.utc(Instant.now()), username)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into mail_preference (username, digest, updated_at) values (?, ?, ?)")
				.params(username, digest, Outbox.utc(Instant.now()))
				.update();
		}
	}

}
