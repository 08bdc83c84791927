package id.pantau.intake;

/** A case left the route, for the reason given. */
public record CaseClosed(long caseId, String caseNumber, String reason) {
}
