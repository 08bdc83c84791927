package id.pantau.sanction;

/**
 * The PPK decided on the sanction of a case; {@code sanction} is null for a rejection;
 * {@code deviatedFromReport}: it is not the sanction the approved report recommended.
 */
public record SanctionDecided(long caseId, String outcome, String sanction, boolean deviatedFromReport) {
}
