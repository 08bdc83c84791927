/**
 * What auditors rely on: the merged timeline of a case (engine history, decision
 * evaluations, Pantau's audit log), the append-only hash-chained audit log and its
 * verification, evidence files with their hashes, the PDF dossier, auditor queries,
 * exports and the follow-up report. See docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package id.pantau.audit;
