package id.pantau.shared;

/**
 * The default violation catalogue of {@code shared/domain.md}: each act with the
 * discipline level it carries once candidates are fixed (before that it is an ethics
 * violation).
 */
public enum Violation {

	BANNER(SanctionLevel.SEVERE), SOCMED_CAMPAIGN(SanctionLevel.SEVERE), SOCMED_INTERACT(SanctionLevel.SEVERE),
	PHOTO_WITH_CANDIDATE(SanctionLevel.SEVERE), ATTEND_CAMPAIGN(SanctionLevel.SEVERE),
	APPROACH_PARTY(SanctionLevel.MODERATE), PARTISAN_ACTIVITY(SanctionLevel.MODERATE),
	CAMPAIGN_TEAM(SanctionLevel.SEVERE), SUPPORT_LETTER(SanctionLevel.SEVERE), BIASED_DECISION(SanctionLevel.SEVERE),
	STATE_FACILITIES(SanctionLevel.SEVERE), MOBILISE_STAFF(SanctionLevel.SEVERE), PARTY_MEMBER(SanctionLevel.DISMISSAL);

	private final SanctionLevel disciplineLevel;

	Violation(SanctionLevel disciplineLevel) {
		this.disciplineLevel = disciplineLevel;
	}

	public SanctionLevel disciplineLevel() {
		return this.disciplineLevel;
	}

}
