/**
 * What Camunda's engine lets anyone do beyond Pantau: its expressions reach only the
 * beans the models name, and it refuses every command that would move a case along its
 * route (complete a step, modify, restart, migrate, start, correlate, write variables)
 * unless Pantau itself makes it after checking its rules. Administrators keep the repairs
 * (suspend, retry, resolve, delete = cancel a case), which the audit log records. See
 * docs/decisions.md, "No back door through the engine". It also gives every step with a
 * legal deadline its reminder and escalation when a model is parsed
 * ({@link id.pantau.engine.DeadlineTimers}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine guard", allowedDependencies = { "shared" })
package id.pantau.engine;
