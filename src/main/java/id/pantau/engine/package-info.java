/**
 * Hardening of Camunda's engine beyond its configuration: its expressions reach only the
 * beans the models name.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine guard")
package id.pantau.engine;
