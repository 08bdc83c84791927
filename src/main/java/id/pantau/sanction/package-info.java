/**
 * The decision on a proven case and what follows it: the draft decision letter (SK), the
 * PPK's decision, delivery, the appeal and the follow-up report to BKN and Bawaslu; or
 * the notice closing a case that was not proven. Owns
 * {@code processes/sanction/appeal-window.bpmn}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sanction",
		allowedDependencies = { "calendar", "documents", "identity", "intake", "investigation", "rules", "shared" })
package id.pantau.sanction;
