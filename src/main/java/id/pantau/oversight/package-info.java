/**
 * What auditors and the leadership rely on to check that cases were handled lawfully and
 * on time: case queries across regions, one user's actions, working time per step, the
 * follow-up report to BKN and Bawaslu, CSV and PDF exports (the dossier). Answers from
 * its own read model ({@code oversight_case}, {@code oversight_case_act},
 * {@code oversight_step}), which the owning modules' events keep in step, in the same
 * transaction as the facts they report; it reads no other module's table. See
 * docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight", allowedDependencies = { "audit", "calendar",
		"documents", "identity", "intake", "investigation", "pledges", "sanction", "shared", "tasks", "timeline" })
package id.pantau.oversight;
