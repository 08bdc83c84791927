package id.pantau.letters;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.pantau.shared.NeutralityCaseProcess.Groups;
import id.pantau.shared.NeutralityCaseProcess.Tasks;

/**
 * The documents Pantau writes, each tied to the step it belongs to and the role of that
 * step, who may generate it; its slug names it in URLs.
 */
public enum LetterType {

	SUMMONS_1(Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, Office.INSPECTORATE),
	SUMMONS_2(Tasks.ISSUE_SUMMONS, Groups.INSPECTOR, Office.INSPECTORATE),
	MINUTES(Tasks.EXAMINE_EMPLOYEE, Groups.INSPECTOR, Office.INSPECTORATE),
	REPORT(Tasks.WRITE_REPORT, Groups.INSPECTOR, Office.INSPECTORATE),
	DECISION(Tasks.DRAFT_DECISION, Groups.HR, Office.HEAD),
	NOT_PROVEN(Tasks.ISSUE_NOT_PROVEN_NOTICE, Groups.PPK, Office.HEAD),
	DELIVERY_RECORD(Tasks.DELIVER_DECISION, Groups.HR, Office.PERSONNEL),
	FOLLOW_UP(Tasks.REPORT_FOLLOW_UP, Groups.HR, Office.PERSONNEL);

	/** Which office issues a letter: its letterhead and who signs it. */
	enum Office {

		INSPECTORATE, PERSONNEL, HEAD

	}

	private final String stepKey;

	private final String role;

	private final Office office;

	LetterType(String stepKey, String role, Office office) {
		this.stepKey = stepKey;
		this.role = role;
		this.office = office;
	}

	/** The task definition key of the step the document belongs to. */
	public String stepKey() {
		return this.stepKey;
	}

	/** The role of that step: who may generate the letter. */
	public String role() {
		return this.role;
	}

	Office office() {
		return this.office;
	}

	/** The name in URLs: {@code summons-1}, {@code delivery-record}, … */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The steps whose page offers the letter: its own, and the step after it where the
	 * letter's data is recorded (a summons is printed once issued, the minutes once
	 * held).
	 */
	List<String> shownOn() {
		return switch (this) {
			case SUMMONS_1, SUMMONS_2 -> List.of(Tasks.ISSUE_SUMMONS, Tasks.RECORD_ATTENDANCE);
			case MINUTES -> List.of(Tasks.EXAMINE_EMPLOYEE, Tasks.WRITE_REPORT);
			case DECISION -> List.of(Tasks.DRAFT_DECISION, Tasks.DELIVER_DECISION);
			default -> List.of(this.stepKey);
		};
	}

	/** The templates of this type: one, or for the decision one per sanction level. */
	List<String> forms() {
		if (this == DECISION) {
			return List.of("decision-moral", "decision-light", "decision-moderate", "decision-severe");
		}
		return List.of(slug());
	}

	public static Optional<LetterType> ofSlug(String slug) {
		for (LetterType type : values()) {
			if (type.slug().equals(slug)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type whose template is the given form. */
	static Optional<LetterType> ofForm(String form) {
		for (LetterType type : values()) {
			if (type.forms().contains(form)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
