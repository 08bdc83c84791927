package id.pantau.timeline;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A step's name in the caller's language, from the {@code step.<id>} messages. */
@Component
public class StepNames {

	private final MessageSource messages;

	StepNames(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String activityId, String fallback) {
		if (activityId == null) {
			return null;
		}
		return this.messages.getMessage("step." + activityId, null, fallback, LocaleContextHolder.getLocale());
	}

}
