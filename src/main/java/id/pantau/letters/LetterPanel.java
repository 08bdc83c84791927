package id.pantau.letters;

import java.util.Comparator;
import java.util.List;

import id.pantau.identity.CurrentUser;
import id.pantau.identity.PantauUser;

import org.springframework.stereotype.Component;

/**
 * What the pages show of letters ({@code @letters} in templates): the letters a step's
 * page offers its user, and the case's documents by type and step, newest first.
 */
@Component("letters")
class LetterPanel {

	private final CaseLetters letters;

	private final CurrentUser currentUser;

	private final LetterProperties properties;

	LetterPanel(CaseLetters letters, CurrentUser currentUser, LetterProperties properties) {
		this.letters = letters;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/**
	 * A letter offered on a step's page.
	 *
	 * @param type its type
	 * @param required whether this step needs its signed scan
	 * @param signed whether the signed scan is on the case
	 */
	record Offer(LetterType type, boolean required, boolean signed) {

		public String slug() {
			return this.type.slug();
		}

	}

	/** The letters the current user may generate on this step's page. */
	public List<Offer> forStep(String caseNumber, String stepKey) {
		PantauUser user = this.currentUser.get();
		List<LetterDocument> documents = this.letters.of(user, caseNumber);
		LetterType required = this.properties.requiredFor(stepKey).orElse(null);
		return this.letters.generatableBy(user)
			.stream()
			.filter((type) -> type.shownOn().contains(stepKey) || type == required)
			.map((type) -> new Offer(type, type == required,
					documents.stream().anyMatch((d) -> d.type() == type && d.signed())))
			.toList();
	}

	/** The case's letters and scans, by type (in route order), newest first within. */
	public List<LetterDocument> ofCase(String caseNumber) {
		return this.letters.of(this.currentUser.get(), caseNumber)
			.stream()
			.sorted(Comparator.comparing(LetterDocument::type)
				.thenComparing(Comparator.comparing(LetterDocument::documentId).reversed()))
			.toList();
	}

}
