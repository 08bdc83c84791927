package id.pantau.letters;

import java.util.Map;

import id.pantau.shared.ConflictException;
import id.pantau.shared.StepCompletionCheck;
import id.pantau.shared.StepContext;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete a step whose signed document
 * ({@code pantau.letters.required-signed}) has not been uploaded for the case.
 */
@Component
class SignedDocumentCheck implements StepCompletionCheck {

	private final LetterProperties properties;

	private final LetterStore store;

	private final MessageSource messages;

	SignedDocumentCheck(LetterProperties properties, LetterStore store, MessageSource messages) {
		this.properties = properties;
		this.store = store;
		this.messages = messages;
	}

	@Override
	public void beforeCompletion(StepContext context) {
		this.properties.requiredFor(context.taskKey()).ifPresent((type) -> {
			if (!this.store.hasSigned(context.caseNumber(), type)) {
				String name = this.messages.getMessage("letter.type." + type.slug(), null, type.slug(),
						LocaleContextHolder.getLocale());
				throw new ConflictException(Map.of("missingDocument", type.slug()), "letter.signed.missing", name);
			}
		});
	}

}
