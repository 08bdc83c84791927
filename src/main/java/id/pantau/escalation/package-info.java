/**
 * Overdue steps and their escalation: at a step's deadline the task is marked overdue and
 * its group reminded; after the grace period the next level gets an escalation (inspector
 * and intake to the Inspektur, Inspektur and HR to the PPK, PPK to the administrators'
 * "PPK overdue" list). Notifications go through one
 * {@link id.pantau.escalation.Notifier}, are recorded and published as
 * {@link id.pantau.escalation.Notification} events (the {@code mail} module mails them).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation",
		allowedDependencies = { "identity", "shared", "timeline" })
package id.pantau.escalation;
