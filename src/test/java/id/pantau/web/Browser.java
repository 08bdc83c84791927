package id.pantau.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium per test class, driven through the system's chromedriver
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; other paths with
 * {@code -Dpantau.chromium=} and {@code -Dpantau.chromedriver=}). A failed test leaves a
 * screenshot and the page source under {@code target/browser-failures/}.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic", "--disable-dev-shm-usage", "--force-prefers-reduced-motion", "--window-size=1400,1000",
			"--lang=id");

	private WebDriver driver;

	private Path profile;

	private String baseUrl;

	/** Why the browser tests are skipped, if they are. */
	private org.opentest4j.TestAbortedException missing;

	/** Each test is reported as skipped where the browser is missing. */
	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.missing != null) {
			throw this.missing;
		}
	}

	/** The system property that makes a missing browser a failure (CI sets it). */
	static final String REQUIRED = "pantau.browser.required";

	/** Said once, when the browser tests are skipped. */
	static final String MISSING = "Browser tests skipped: no Chromium/chromedriver at %s, %s "
			+ "(apt-get install chromium chromium-driver; -D" + REQUIRED + "=true makes this a failure)";

	private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		String chromium = System.getProperty("pantau.chromium", "/usr/bin/chromium");
		String chromedriver = System.getProperty("pantau.chromedriver", "/usr/bin/chromedriver");
		try {
			requireBrowser(chromium, chromedriver, Boolean.getBoolean(REQUIRED));
		}
		catch (org.opentest4j.TestAbortedException ex) {
			this.missing = ex;
			return;
		}
		this.profile = Files.createTempDirectory("pantau-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments(FLAGS);
		options.addArguments("--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	/**
	 * Where Chromium or chromedriver is missing, skips the test class (one line on the
	 * console, once) or, when they are required, fails it.
	 */
	static void requireBrowser(String chromium, String chromedriver, boolean required) {
		if (Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver))) {
			return;
		}
		String message = MISSING.formatted(chromium, chromedriver);
		if (required) {
			throw new IllegalStateException(message);
		}
		if (TOLD.compareAndSet(false, true)) {
			System.err.println(message);
		}
		throw new org.opentest4j.TestAbortedException(message);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(this.profile);
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (this.driver == null) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			Files.writeString(dir.resolve(name + ".html"),
					"<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource(),
					StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException ex) {
			cause.addSuppressed(ex);
		}
	}

	/** Points the browser at the application under test. */
	public Browser at(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
		return this;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/**
	 * Logs in through the login page as a demo user, after forgetting any earlier login.
	 */
	public Browser loginAs(String username) {
		this.driver.manage().deleteAllCookies();
		open("/login");
		type("username", username);
		type("password", "Pantau#Demo2024");
		click("login");
		waitFor(By.id("nav"));
		return this;
	}

	public WebElement find(String id) {
		return waitFor(By.id(id));
	}

	public WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public boolean has(By by) {
		return !this.driver.findElements(by).isEmpty();
	}

	public Browser type(String id, String text) {
		WebElement field = find(id);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Sets a date or date-time field as ISO text, whatever the browser's input locale.
	 */
	public Browser setValue(String id, String iso) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", find(id), iso);
		return this;
	}

	public Browser select(String id, String value) {
		new Select(find(id)).selectByValue(value);
		return this;
	}

	/** Clicks the element and waits for the next page. */
	public Browser click(String id) {
		WebElement element = visible(find(id));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> gone(element));
		return this;
	}

	/**
	 * Whether the element left the page. Chromium may also say so while the old page is
	 * being taken down ("does not belong to the document") instead of "stale".
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public Browser check(String id) {
		WebElement box = visible(find(id));
		if (!box.isSelected()) {
			box.click();
		}
		return this;
	}

	/** Scrolls the element to the middle of the window, where a click reaches it. */
	public WebElement visible(WebElement element) {
		((JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		return element;
	}

	public String text(String id) {
		return find(id).getText();
	}

	public String url() {
		return this.driver.getCurrentUrl();
	}

}
