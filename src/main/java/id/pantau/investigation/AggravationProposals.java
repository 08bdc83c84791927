package id.pantau.investigation;

import java.util.ArrayList;
import java.util.List;

import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseSummary;
import id.pantau.pledges.PledgeKind;
import id.pantau.pledges.PledgeRegistry;
import id.pantau.rules.FactorProposal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggravating factors Pantau proposes to the examination report of a case, each with
 * its evidence (docs/decisions.md, decision 35):
 * <ul>
 * <li>"signed an integrity pact": the employee (by NIP) signed an integrity pact campaign
 * of the case's region on or before the day the report was received; the evidence is the
 * campaign and the SHA-256 of its scanned document;</li>
 * <li>"repeat offence": an earlier case of the same NIP in the region whose violation the
 * Inspektur approved as proven.</li>
 * </ul>
 * The inspector confirms a proposal by ticking the factor; the recommendation keeps the
 * proposals it was made with. The caller answers for who reads them.
 */
@Component
@Transactional(readOnly = true)
public class AggravationProposals {

	private final CaseDirectory cases;

	private final PledgeRegistry pledges;

	private final Investigations investigations;

	AggravationProposals(CaseDirectory cases, PledgeRegistry pledges, Investigations investigations) {
		this.cases = cases;
		this.pledges = pledges;
		this.investigations = investigations;
	}

	/**
	 * The proposals for a case: integrity pacts first, then earlier cases, oldest first.
	 */
	public List<FactorProposal> forCase(long caseId) {
		CaseSummary c = this.cases.find(caseId).orElse(null);
		if (c == null || c.employeeNip() == null) {
			return List.of();
		}
		List<FactorProposal> proposals = new ArrayList<>();
		this.pledges.signaturesOf(c.employeeNip())
			.stream()
			.filter((s) -> s.kind() == PledgeKind.INTEGRITY_PACT && s.region().equals(c.region()))
			.filter((s) -> c.receivedOn() == null || !s.signedOn().isAfter(c.receivedOn()))
			.sorted(java.util.Comparator.comparing(PledgeRegistry.Signature::signedOn))
			.forEach((s) -> proposals
				.add(new FactorProposal(FactorProposal.INTEGRITY_PACT_SIGNED, FactorProposal.Source.PLEDGE_REGISTRY,
						String.valueOf(s.campaignId()), s.title(), s.signedOn(), s.documentSha256())));
		for (CaseSummary earlier : this.cases.earlierOfSameEmployee(caseId)) {
			this.investigations.approvedReport(earlier.id())
				.filter(ApprovedReport::proven)
				.ifPresent((report) -> proposals
					.add(new FactorProposal(FactorProposal.REPEAT_OFFENCE, FactorProposal.Source.EARLIER_CASE,
							earlier.number(), earlier.number(), earlier.receivedOn(), null)));
		}
		return List.copyOf(proposals);
	}

}
