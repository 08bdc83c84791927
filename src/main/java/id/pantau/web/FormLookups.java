package id.pantau.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.pantau.documents.CaseDocuments;
import id.pantau.documents.StoredFile;
import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;
import id.pantau.identity.UserDirectory;
import id.pantau.intake.CaseDirectory;
import id.pantau.intake.CaseRow;
import id.pantau.investigation.AggravationProposals;
import id.pantau.pledges.PledgeRegistry;
import id.pantau.rules.FactorProposal;

import org.springframework.stereotype.Component;

/**
 * What a step's form offers to choose besides its payload's enums, read for the person on
 * the page: the people of a role in the case's region (the inspectors of a team), the
 * documents of the case (a scanned statement), the pacts the reported employee signed and
 * his other cases, the aggravating factors proposed to the report. A form asks for what
 * it needs; the page's controller knows no step. Used in templates as {@code @lookups}.
 */
@Component("lookups")
class FormLookups {

	private final UserDirectory directory;

	private final CaseDocuments documents;

	private final CurrentUser currentUser;

	private final PledgeRegistry pledges;

	private final EarlierCases earlier;

	private final CaseDirectory cases;

	private final AggravationProposals proposals;

	FormLookups(UserDirectory directory, CaseDocuments documents, CurrentUser currentUser, PledgeRegistry pledges,
			EarlierCases earlier, CaseDirectory cases, AggravationProposals proposals) {
		this.directory = directory;
		this.documents = documents;
		this.currentUser = currentUser;
		this.pledges = pledges;
		this.earlier = earlier;
		this.cases = cases;
		this.proposals = proposals;
	}

	/**
	 * The pacts and pledges the employee (by NIP) signed, in the reader's regions, newest
	 * first; none without a NIP.
	 */
	public List<PledgeRegistry.Signature> signatures(String nip) {
		if (nip == null || nip.isBlank()) {
			return List.of();
		}
		PantauUser me = this.currentUser.get();
		return this.pledges.signaturesOf(nip.strip()).stream().filter((s) -> me.inRegion(s.region())).toList();
	}

	/** The other cases of the employee (by NIP) in the reader's regions, newest first. */
	public List<CaseRow> earlierCases(String nip, String exceptCaseNumber) {
		return this.earlier.of(this.currentUser.get(), nip, exceptCaseNumber);
	}

	/**
	 * The aggravating factors Pantau proposes to the report of a case the reader may
	 * read, by factor ({@code repeatOffence}, {@code integrityPactSigned}).
	 */
	public Map<String, List<FactorProposal>> aggravation(String caseNumber) {
		if (caseNumber == null) {
			return Map.of();
		}
		long id = this.cases.readableBy(this.currentUser.get(), caseNumber).id();
		return this.proposals.forCase(id)
			.stream()
			.collect(Collectors.groupingBy(FactorProposal::factor, LinkedHashMap::new, Collectors.toList()));
	}

	/** The people with the role in the region; none without a region. */
	public List<PantauUser> people(String role, String region) {
		return (region != null) ? this.directory.withRoleIn(role, region) : List.of();
	}

	/** The documents people uploaded to the case; none without a case. */
	public List<StoredFile> documents(String caseNumber) {
		return (caseNumber != null) ? this.documents.uploaded(this.currentUser.get(), caseNumber) : List.of();
	}

}
