/**
 * Working days, office hours and deadlines: every due date, timer and refusal of the case
 * route is counted here, in working days from configuration ({@code pantau.calendar.*}),
 * from the legal date the owning module reports
 * ({@link id.pantau.calendar.DeadlineStart}), to the end of the day in the case region's
 * zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
		allowedDependencies = { "identity", "shared" })
package id.pantau.calendar;
