package id.pantau.investigation;

import java.util.Set;

import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

/**
 * The finding the decision builds on.
 *
 * @param proven whether the violation was proven
 * @param actsProven the acts proven
 * @param legalBasis the legal basis cited
 * @param recommendedSanction the sanction the inspectors recommend
 * @param evidenceOnly whether it was decided on the evidence alone (two absences)
 */
public record ApprovedReport(boolean proven, Set<Violation> actsProven, String legalBasis, Sanction recommendedSanction,
		boolean evidenceOnly) {
}
