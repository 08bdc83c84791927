package id.pantau.mail;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The count of new items next to "Perlu tindakan saya": the notifications written for a
 * user (mailed, held for his digest, or without an address) since he last opened his
 * list.
 */
@Component
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many items arrived for the user since he last opened his list. */
	public long newItems(String username) {
		return this.jdbc.sql("""
				select count(*) from mail_outbox m
				where m.username = ? and m.kind <> 'DIGEST'
				  and m.created_at > coalesce((select s.seen_at from inbox_seen s where s.username = ?), ?)""")
			.params(username, username, Outbox.utc(Instant.EPOCH))
			.query(Long.class)
			.single();
	}

	/**
	 * The user opened his list now: the count starts again from zero. Statements of their
	 * own (outside any transaction): two tabs opening the list at once both succeed.
	 */
	public void seen(String username) {
		OffsetDateTime now = Outbox.utc(Instant.now());
		if (update(username, now) == 0) {
			try {
				this.jdbc.sql("insert into inbox_seen (username, seen_at) values (?, ?)")
					.params(username, now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				update(username, now);
			}
		}
	}

	private int update(String username, OffsetDateTime now) {
		return this.jdbc.sql("update inbox_seen set seen_at = ? where username = ?").params(now, username).update();
	}

}
