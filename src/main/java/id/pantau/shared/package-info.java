/**
 * Vocabulary every module speaks: the violation and sanction catalogues of the
 * regulations, the names of the case process, the step contract between the task list and
 * the modules, business time, and the errors that become RFC 9457 problem responses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package id.pantau.shared;
