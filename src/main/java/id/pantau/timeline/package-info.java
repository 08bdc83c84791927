/**
 * The merged history of a case, as people read it: the engine's history (steps, claims,
 * timers), the decision evaluations, Pantau's audit log and the notifications sent, each
 * from its owner through a {@link id.pantau.timeline.TimelineSource}, in one order, with
 * missed deadlines marked and the confidential reporter masked for those who may not read
 * him. See docs/audit.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Timeline",
		allowedDependencies = { "audit", "identity", "intake", "shared" })
package id.pantau.timeline;
