package id.pantau.letters;

import java.time.Instant;

/**
 * A letter of a case as generated, or its signed scan as uploaded back.
 *
 * @param documentId the document's id
 * @param type the document type
 * @param stepKey the step it belongs to
 * @param kind {@code GENERATED} or {@code SIGNED}
 * @param fileName the name it is handed out under
 * @param contentType its media type
 * @param size its length in bytes
 * @param sha256 the hash recorded when it was stored
 * @param templateForm the template form it was made from, null for a scan
 * @param templateRegion the region of the template it was made from ({@code *} for every
 * region), null for a scan
 * @param templateVersion the version of that template (0: the shipped default), null for
 * a scan
 * @param storedBy who generated or uploaded it
 * @param storedAt when
 */
public record LetterDocument(long documentId, LetterType type, String stepKey, String kind, String fileName,
		String contentType, long size, String sha256, String templateForm, String templateRegion,
		Integer templateVersion, String storedBy, Instant storedAt) {

	/** Whether this is the signed scan rather than a generated letter. */
	public boolean signed() {
		return "SIGNED".equals(this.kind);
	}

}
