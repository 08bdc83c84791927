/**
 * The role-based task list and the commands on tasks: claim, unclaim and complete with
 * the typed payload of each step, which the owning module's
 * {@link id.pantau.shared.TaskStep} validates and records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks",
		allowedDependencies = { "identity", "intake", "shared" })
package id.pantau.tasks;
