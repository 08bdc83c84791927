package id.pantau.investigation;

/** The Inspektur approved the examination report of a case. */
public record ReportApproved(long caseId, boolean proven) {
}
