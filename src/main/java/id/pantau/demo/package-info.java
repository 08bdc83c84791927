/**
 * Demo cases for the local profile: fictitious people, walked through the real route by
 * the demo users on first start, so that every list has something to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "calendar", "identity", "intake", "shared", "tasks" })
package id.pantau.demo;
