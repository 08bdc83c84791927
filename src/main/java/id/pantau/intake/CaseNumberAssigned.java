package id.pantau.intake;

/**
 * A case registered under a provisional number has taken its number from the region's
 * counter, just before its registration commits (in the same transaction). Whoever wrote
 * the provisional number in this transaction and keeps it until commit replaces it.
 *
 * @param provisionalNumber the number it had while the registration ran (starts with
 * {@code ~}, never shown to anyone)
 * @param caseNumber its number, e.g. {@code PROB-2024-00017}
 */
public record CaseNumberAssigned(String provisionalNumber, String caseNumber) {
}
