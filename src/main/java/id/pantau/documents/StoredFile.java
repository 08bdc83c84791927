package id.pantau.documents;

import java.time.Instant;

/**
 * A stored evidence file or generated document.
 *
 * @param fileId file id
 * @param caseNumber the case it belongs to
 * @param kind EVIDENCE or GENERATED
 * @param fileName the name given at upload
 * @param contentType its content type
 * @param size bytes
 * @param sha256 SHA-256 of the bytes when stored, hex
 * @param storedBy who stored it
 * @param storedAt when
 */
public record StoredFile(long fileId, String caseNumber, String kind, String fileName, String contentType, long size,
		String sha256, String storedBy, Instant storedAt) {
}
