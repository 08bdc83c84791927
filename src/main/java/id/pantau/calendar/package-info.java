/**
 * Working days and deadlines: every due date and timer of the case route is counted here,
 * in working days, from configuration ({@code pantau.calendar.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package id.pantau.calendar;
