package id.pantau.web;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The journeys of {@link WebJourneys} on a phone (390x844): the menu folds away, the case
 * summary folds to one line.
 */
class PhoneWebInterfaceBrowserTests extends WebJourneys {

	@RegisterExtension
	static final Browser BROWSER = new Browser(Browser.PHONE);

	@Override
	Browser browser() {
		return BROWSER;
	}

}
