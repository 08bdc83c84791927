/**
 * E-mail notifications through an outbox: a message is written in the transaction of the
 * step that causes it (a task in a queue, a task assigned, a reminder, an escalation, a
 * signed decision) and sent afterwards by a job over SMTP, with retries; the local
 * profile keeps the mails in an in-app mailbox. Also each user's choice of a daily digest
 * and the count of new items since he last looked at his list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
		allowedDependencies = { "escalation", "identity", "intake", "sanction", "shared" })
package id.pantau.mail;
