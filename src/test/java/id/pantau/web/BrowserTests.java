package id.pantau.web;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A machine with Java alone builds: the browser tests are skipped there, saying which
 * Debian packages enable them, unless CI requires the browser.
 */
class BrowserTests {

	@Test
	void skipsTheBrowserTestsNamingThePackagesWhereChromiumIsMissing() {
		assertThatThrownBy(() -> Browser.requireBrowser("/nonexistent/chromium", "/nonexistent/chromedriver", false))
			.isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("apt-get install chromium chromium-driver");
	}

	@Test
	void failsTheBrowserTestsWhereChromiumIsRequiredButMissing() {
		assertThatThrownBy(() -> Browser.requireBrowser("/nonexistent/chromium", "/nonexistent/chromedriver", true))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("chromium-driver");
	}

	@Test
	void runsTheBrowserTestsWhereChromiumIsThere() {
		assertThatCode(() -> Browser.requireBrowser("/bin/sh", "/bin/sh", true)).doesNotThrowAnyException();
	}

}
