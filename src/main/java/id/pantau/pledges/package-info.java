/**
 * Integrity pacts and neutrality pledges (issue 15): a region's units (OPD) with their
 * headcount, its pledge campaigns and their signatories, imported from the spreadsheets
 * officials keep (CSV or XLSX) with a report per row, and the coverage of each unit.
 * Other modules ask {@link id.pantau.pledges.PledgeRegistry} whether an employee signed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pledges",
		allowedDependencies = { "identity", "intake", "shared" })
package id.pantau.pledges;
