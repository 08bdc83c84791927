package id.pantau.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sanction catalogue: moral sanctions (PP 42/2004) and discipline sanctions (PP
 * 94/2021), with the contract termination that replaces dismissal for PPPK staff.
 */
public enum Sanction {

	CLOSED_STATEMENT(SanctionLevel.MORAL, EnumSet.allOf(EmploymentType.class)),
	OPEN_STATEMENT(SanctionLevel.MORAL, EnumSet.allOf(EmploymentType.class)),
	ORAL_REPRIMAND(SanctionLevel.LIGHT, EnumSet.allOf(EmploymentType.class)),
	WRITTEN_REPRIMAND(SanctionLevel.LIGHT, EnumSet.allOf(EmploymentType.class)),
	STATEMENT_OF_DISSATISFACTION(SanctionLevel.LIGHT, EnumSet.allOf(EmploymentType.class)),
	ALLOWANCE_CUT_6_MONTHS(SanctionLevel.MODERATE, EnumSet.allOf(EmploymentType.class)),
	ALLOWANCE_CUT_9_MONTHS(SanctionLevel.MODERATE, EnumSet.allOf(EmploymentType.class)),
	ALLOWANCE_CUT_12_MONTHS(SanctionLevel.MODERATE, EnumSet.allOf(EmploymentType.class)),
	DEMOTION_12_MONTHS(SanctionLevel.SEVERE, EnumSet.of(EmploymentType.PNS)),
	RELEASE_FROM_POSITION_12_MONTHS(SanctionLevel.SEVERE, EnumSet.allOf(EmploymentType.class)),
	HONOURABLE_DISMISSAL(SanctionLevel.SEVERE, EnumSet.of(EmploymentType.PNS)),
	DISHONOURABLE_DISMISSAL(SanctionLevel.DISMISSAL, EnumSet.of(EmploymentType.PNS)),
	CONTRACT_TERMINATION(SanctionLevel.DISMISSAL, EnumSet.of(EmploymentType.PPPK));

	private final SanctionLevel level;

	private final Set<EmploymentType> appliesTo;

	Sanction(SanctionLevel level, Set<EmploymentType> appliesTo) {
		this.level = level;
		this.appliesTo = appliesTo;
	}

	public SanctionLevel level() {
		return this.level;
	}

	/** Whether this sanction may be imposed on an employee of the given kind. */
	public boolean appliesTo(EmploymentType type) {
		return this.appliesTo.contains(type);
	}

	/** Dismissals are appealed to BPASN (banding); every other decision by objection. */
	public boolean isDismissal() {
		return this == HONOURABLE_DISMISSAL || this == DISHONOURABLE_DISMISSAL || this == CONTRACT_TERMINATION;
	}

}
