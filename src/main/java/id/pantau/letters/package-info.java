/**
 * Letters of a case in official form (tata naskah dinas): each document type is filled
 * from the case's data into a replaceable DOCX template per type and region and handed
 * out as DOCX and PDF, each generated letter kept as a document of the case with its hash
 * and template version; signed scans uploaded back per step, and the check that a step's
 * required signed document is there before the step completes. Reads the other modules
 * only through their APIs; owns the tables {@code letter}, {@code letter_content} and
 * {@code letter_template}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Letters",
		allowedDependencies = { "audit", "identity", "intake", "investigation", "rules", "sanction", "shared" })
package id.pantau.letters;
