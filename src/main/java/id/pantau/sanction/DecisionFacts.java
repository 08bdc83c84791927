package id.pantau.sanction;

import java.time.LocalDate;
import java.util.Optional;

import id.pantau.rules.Recommendation;
import id.pantau.shared.EmploymentType;

/**
 * What the PPK's decision is checked against, gathered from the other modules.
 *
 * @param today the region's today
 * @param receivedOn the day the report was received
 * @param employment the reported employee's kind of employment
 * @param recommendation the sanction table's latest recommendation for the case, if any
 */
record DecisionFacts(LocalDate today, LocalDate receivedOn, EmploymentType employment,
		Optional<Recommendation> recommendation) {

}
