package id.pantau.rules;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A proposal a recommendation was made with ({@code sanction_recommendation_proposal}).
 */
@Embeddable
class StoredProposal {

	private String factor;

	@Enumerated(EnumType.STRING)
	private FactorProposal.Source source;

	private String reference;

	private String label;

	private LocalDate dated;

	private String documentSha256;

	protected StoredProposal() {
	}

	StoredProposal(FactorProposal p) {
		this.factor = p.factor();
		this.source = p.source();
		this.reference = p.reference();
		this.label = p.label();
		this.dated = p.dated();
		this.documentSha256 = p.documentSha256();
	}

	FactorProposal proposal() {
		return new FactorProposal(this.factor, this.source, this.reference, this.label, this.dated,
				this.documentSha256);
	}

}
