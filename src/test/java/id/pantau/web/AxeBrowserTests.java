package id.pantau.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The axe-core check the browser tests run on every page tells a serious violation. */
class AxeBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser(Browser.PHONE);

	@Test
	void refusesAPageWithAnUnlabelledFieldAndAnImageWithoutText() {
		browser.driver()
			.get("data:text/html,<html lang=id><head><title>x</title></head><body><main><h1>x</h1>"
					+ "<img src=a.png><input id=q></main></body></html>");
		assertThatThrownBy(browser::checkAccessibility).isInstanceOf(AssertionError.class)
			.hasMessageContaining("critical image-alt")
			.hasMessageContaining("critical label");
	}

	@Test
	void passesAPageWhoseFieldHasALabel() {
		browser.driver()
			.get("data:text/html,<html lang=id><head><title>y</title></head><body><main><h1>y</h1>"
					+ "<label for=q>Nama</label><input id=q></main></body></html>");
		assertThatNoException().isThrownBy(browser::checkAccessibility);
	}

}
