/**
 * The files of a case: evidence uploaded by case workers and signed scans, stored in the
 * database with their SHA-256 hash, checked by content (not by name) and served only to
 * those who may read the case. Each upload and download is in the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "audit", "identity", "intake", "shared" })
package id.pantau.documents;
