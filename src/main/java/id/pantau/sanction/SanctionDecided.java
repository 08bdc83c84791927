package id.pantau.sanction;

/**
 * The PPK decided on the sanction of a case; {@code sanction} is null for a rejection.
 */
public record SanctionDecided(long caseId, String outcome, String sanction, boolean deviatedFromRecommendation) {
}
