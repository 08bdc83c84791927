package id.pantau.mail;

/** A message to one user, before it is written to the outbox. */
record MailMessage(String username, String recipient, String subject, String body, String kind, String caseNumber,
		String taskId) {
}
