/**
 * Running Pantau for real (issue 13): the check that refuses to start a deployment
 * missing a setting or using a demo password, and the figures operators scrape
 * (Prometheus): Pantau's own and the engine's job executor's. See docs/operations.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations",
		allowedDependencies = { "audit", "intake", "shared", "tasks" })
package id.pantau.operations;
