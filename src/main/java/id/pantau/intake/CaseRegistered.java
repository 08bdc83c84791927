package id.pantau.intake;

/** A report was registered and its case started on the route. */
public record CaseRegistered(long caseId, String caseNumber, String region) {
}
