package id.pantau.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.pantau.shared.Sanction;
import id.pantau.shared.SanctionLevel;
import id.pantau.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A recommendation the table gave for a report of a case, with what it was given on. */
@Entity
@Table(name = "sanction_recommendation")
class StoredRecommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private String acts;

	private boolean repeatOffence;

	private boolean seniorPosition;

	private boolean integrityPactSigned;

	private String kind;

	@Enumerated(EnumType.STRING)
	private SanctionLevel sanctionLevel;

	private String candidateSanctions;

	private String legalBasis;

	private int tableVersion;

	private String recommendedBy;

	private Instant recommendedAt;

	@ElementCollection
	@CollectionTable(name = "sanction_recommendation_proposal", joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<StoredProposal> proposals = new ArrayList<>();

	protected StoredRecommendation() {
	}

	StoredRecommendation(long caseId, Set<Violation> acts, AggravatingFactors factors, List<FactorProposal> proposed,
			Recommendation r, String username, Instant at) {
		proposed.forEach((p) -> this.proposals.add(new StoredProposal(p)));
		this.caseId = caseId;
		this.acts = acts.stream().map(Violation::name).sorted().collect(Collectors.joining(","));
		this.repeatOffence = factors.repeatOffence();
		this.seniorPosition = factors.seniorPosition();
		this.integrityPactSigned = factors.integrityPactSigned();
		this.kind = r.kind();
		this.sanctionLevel = r.level();
		this.candidateSanctions = r.candidateSanctions().stream().map(Sanction::name).collect(Collectors.joining(","));
		this.legalBasis = r.legalBasis();
		this.tableVersion = r.tableVersion();
		this.recommendedBy = username;
		this.recommendedAt = at;
	}

	RecommendationBasis basis() {
		Set<Violation> given = this.acts.isEmpty() ? Set.of()
				: Arrays.stream(this.acts.split(",")).map(Violation::valueOf).collect(Collectors.toSet());
		return new RecommendationBasis(given,
				new AggravatingFactors(this.repeatOffence, this.seniorPosition, this.integrityPactSigned),
				this.proposals.stream().map(StoredProposal::proposal).toList(), recommendation());
	}

	Recommendation recommendation() {
		return new Recommendation(this.kind, this.sanctionLevel,
				Arrays.stream(this.candidateSanctions.split(",")).map(Sanction::valueOf).toList(), this.legalBasis,
				this.tableVersion);
	}

}
