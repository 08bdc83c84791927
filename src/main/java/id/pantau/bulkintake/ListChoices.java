package id.pantau.bulkintake;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.pantau.intake.CaseSource;
import id.pantau.intake.ElectionStage;
import id.pantau.intake.ElectionType;
import id.pantau.intake.PositionType;
import id.pantau.shared.EmploymentType;
import id.pantau.shared.Sanction;
import id.pantau.shared.Violation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The value of a choice as a list writes it: the code ({@code BKN_RECOMMENDATION},
 * {@code SOCMED_CAMPAIGN}), the label the register page shows in Indonesian or English
 * ("Temuan Bawaslu", "fungsional"), or the sender's short name ("Bawaslu", "BKN"); case,
 * spaces and punctuation do not count.
 */
@Component
class ListChoices {

	private static final Locale[] LANGUAGES = { Locale.forLanguageTag("id"), Locale.ENGLISH };

	private final Map<Class<?>, Map<String, Enum<?>>> known = new HashMap<>();

	ListChoices(MessageSource messages) {
		for (Class<? extends Enum<?>> type : java.util.List.of(CaseSource.class, EmploymentType.class,
				PositionType.class, ElectionType.class, ElectionStage.class, Violation.class, Sanction.class)) {
			Map<String, Enum<?>> values = new HashMap<>();
			for (Enum<?> value : type.getEnumConstants()) {
				values.put(normal(value.name()), value);
				for (Locale language : LANGUAGES) {
					String label = messages.getMessage("enum." + type.getSimpleName() + "." + value.name(), null, null,
							language);
					if (label != null) {
						values.putIfAbsent(normal(label), value);
					}
				}
			}
			this.known.put(type, values);
		}
		Map<String, Enum<?>> sources = this.known.get(CaseSource.class);
		sources.put("bawaslu", CaseSource.BAWASLU_FINDING);
		sources.put("bkn", CaseSource.BKN_RECOMMENDATION);
		sources.put("kasn", CaseSource.BKN_RECOMMENDATION);
	}

	/** The choice the text names, or null. */
	<E extends Enum<E>> E of(Class<E> type, String text) {
		return type.cast(this.known.get(type).get(normal(text)));
	}

	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
