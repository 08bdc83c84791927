/**
 * What auditors rely on: the history of a case, who did what and when, read from the
 * engine's full history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.pantau.audit;
