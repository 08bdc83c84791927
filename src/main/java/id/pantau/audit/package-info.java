/**
 * The audit log: an append-only, hash-chained record of who did what to which case (task
 * events, data changes, requests, refused writes, the administrator's operations on the
 * engine), its verification, the masking of the confidential reporter in what is shown,
 * and how long the engine keeps a finished case's history. See docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log",
		allowedDependencies = { "identity", "intake", "shared", "tasks" })
package id.pantau.audit;
