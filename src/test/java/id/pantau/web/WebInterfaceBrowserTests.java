package id.pantau.web;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The journeys of {@link WebJourneys} on a laptop (1366x768). */
class WebInterfaceBrowserTests extends WebJourneys {

	@RegisterExtension
	static final Browser BROWSER = new Browser(Browser.DESKTOP);

	@Override
	Browser browser() {
		return BROWSER;
	}

}
