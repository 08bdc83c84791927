package id.pantau.letters;

import java.util.List;

import id.pantau.intake.CaseView;
import id.pantau.investigation.InvestigationView;
import id.pantau.sanction.DecisionView;
import id.pantau.shared.Sanction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision is written in the form of its sanction level; every other type has one.
 */
class LetterFormsTests {

	@Test
	void choosesTheDecisionFormOfTheSanctionLevel() {
		assertThat(form(Sanction.OPEN_STATEMENT)).isEqualTo("decision-moral");
		assertThat(form(Sanction.WRITTEN_REPRIMAND)).isEqualTo("decision-light");
		assertThat(form(Sanction.ALLOWANCE_CUT_9_MONTHS)).isEqualTo("decision-moderate");
		assertThat(form(Sanction.DEMOTION_12_MONTHS)).isEqualTo("decision-severe");
		assertThat(form(Sanction.DISHONOURABLE_DISMISSAL)).isEqualTo("decision-severe");
	}

	@Test
	void namesEachTypeBySlugAndFindsItsTypeByForm() {
		for (LetterType type : LetterType.values()) {
			assertThat(LetterType.ofSlug(type.slug())).contains(type);
			type.forms().forEach((form) -> assertThat(LetterType.ofForm(form)).contains(type));
		}
		assertThat(LetterType.ofSlug("surat")).isEmpty();
	}

	private static String form(Sanction sanction) {
		DecisionView.Decision decision = new DecisionView.Decision("800/1", sanction, null, "hr", null, null, null,
				null, null, null, null, null, null, null, null, null, null);
		return LetterData.form(LetterType.DECISION, new LetterData.Sources((CaseView) null, (InvestigationView) null,
				new DecisionView(null, null, decision, List.of(), null)));
	}

}
