/**
 * Bulk intake (issue 15): a list of recommendations (Bawaslu, BKN) uploaded as CSV or
 * XLSX becomes cases, each row registered through
 * {@link id.pantau.intake.CaseRegistration} with the same checks as a single
 * registration, and answered in the import's report (accepted with the new case number,
 * unchanged when already registered, refused with the reason and the column). Owns no
 * BPMN; the cases start the main route as usual.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulk intake",
		allowedDependencies = { "identity", "intake", "oversight", "shared" })
package id.pantau.bulkintake;
