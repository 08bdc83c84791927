package id.pantau.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import id.pantau.intake.CaseNumberAssigned;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox ({@code mail_outbox}): messages are written in the caller's transaction and
 * read by the sender and the administrator's pages.
 */
@Component
public class Outbox {

	static final String PENDING = "PENDING";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String DELIVERED_LOCALLY = "DELIVERED_LOCALLY";

	static final String FAILED = "FAILED";

	static final String HELD = "HELD";

	static final String DIGESTED = "DIGESTED";

	static final String NO_ADDRESS = "NO_ADDRESS";

	private static final String COLUMNS = "id, recipient, username, subject, body, kind, case_number, task_id, "
			+ "created_at, status, attempts, next_attempt_at, last_error, sent_at, node";

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a message in the current transaction; PENDING ones are due at once. */
	void write(MailMessage message, String status, Instant now) {
		this.jdbc.sql("""
				insert into mail_outbox (recipient, username, subject, body, kind, case_number, task_id,
				    created_at, status, attempts, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
			.params(message.recipient(), message.username(), message.subject(), message.body(), message.kind(),
					message.caseNumber(), message.taskId(), utc(now), status, PENDING.equals(status) ? utc(now) : null)
			.update();
	}

	/**
	 * Gives the messages written under a case's provisional number (in the registration's
	 * transaction) the case's number, in their subject and text too.
	 */
	@EventListener
	void on(CaseNumberAssigned assigned) {
		this.jdbc.sql("""
				update mail_outbox set case_number = :number, subject = replace(subject, :provisional, :number),
				    body = replace(body, :provisional, :number)
				where case_number = :provisional""")
			.param("number", assigned.caseNumber())
			.param("provisional", assigned.provisionalNumber())
			.update();
	}

	/**
	 * The newest messages, at most {@code limit}; of one status if given, only the failed
	 * ones (an attempt failed) if {@code failedOnly}.
	 */
	public List<OutboxMail> latest(String status, boolean failedOnly, int limit) {
		String where = ((status != null) ? " where status = :status" : " where 1 = 1")
				+ (failedOnly ? " and last_error is not null" : "");
		var statement = this.jdbc
			.sql("select " + COLUMNS + " from mail_outbox" + where + " order by id desc fetch first :limit rows only")
			.param("limit", limit);
		if (status != null) {
			statement = statement.param("status", status);
		}
		return statement.query(Outbox::row).list();
	}

	/** One message. */
	public Optional<OutboxMail> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from mail_outbox where id = ?")
			.param(id)
			.query(Outbox::row)
			.optional();
	}

	/** The messages of one user, newest first (at most 100). */
	List<OutboxMail> of(String username) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from mail_outbox where username = ? order by id desc fetch first 100 rows only")
			.param(username)
			.query(Outbox::row)
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OutboxMail row(ResultSet rs, int n) throws SQLException {
		return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("username"),
				rs.getString("subject"), rs.getString("body"), rs.getString("kind"), rs.getString("case_number"),
				rs.getString("task_id"), instant(rs, "created_at"), rs.getString("status"), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "sent_at"),
				rs.getString("node"));
	}

}
