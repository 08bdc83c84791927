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
			"--disable-quic", "--disable-dev-shm-usage", "--force-prefers-reduced-motion", "--lang=id");

	/** A laptop. */
	static final int[] DESKTOP = { 1366, 768 };

	/** A phone. */
	static final int[] PHONE = { 390, 844 };

	private final int width;

	private final int height;

	/** The pages axe-core has checked, by address shape and title. */
	private final java.util.Set<String> checked = new java.util.HashSet<>();

	/** A browser at laptop width (1366x768). */
	public Browser() {
		this(DESKTOP);
	}

	/** A browser with a window of {@code size} (width, height). */
	public Browser(int[] size) {
		this.width = size[0];
		this.height = size[1];
	}

	/** Whether the window is phone width (the menu folds away). */
	public boolean phone() {
		return this.width < 768;
	}

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
		if (phone()) {
			// Chromium's window is at least 500 pixels wide: a phone's viewport is
			// emulated
			options.addArguments("--window-size=500," + this.height);
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
					java.util.Map.of("width", this.width, "height", this.height, "pixelRatio", 1.0)));
		}
		else {
			options.addArguments("--window-size=" + this.width + "," + this.height);
		}
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
			System.out.println("axe-core checked " + this.checked.size() + " kinds of pages at " + this.width + "x"
					+ this.height + ": no serious or critical violation");
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
		checkAccessibility();
		return this;
	}

	/** Follows a menu entry; on a phone the menu is opened first. */
	public Browser nav(String id) {
		WebElement toggler = this.driver.findElement(By.cssSelector("#nav .navbar-toggler"));
		if (toggler.isDisplayed() && !this.driver.findElement(By.id("menu")).isDisplayed()) {
			toggler.click();
		}
		return click(id);
	}

	/**
	 * Runs axe-core (from its WebJar) on the page: no serious or critical violation. Each
	 * kind of page (its address with numbers and ids taken out, and its title) is checked
	 * once per browser.
	 */
	public void checkAccessibility() {
		String shape = this.driver.getCurrentUrl()
			.replaceFirst("^https?://[^/]+", "")
			.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27,}", "{id}")
			.replaceAll("[0-9]+", "#")
			.replaceAll("\\?.*$", "") + " | " + this.driver.getTitle();
		if (!this.checked.add(shape)) {
			return;
		}
		keepScreenshot(shape);
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
			js.executeScript(AXE.get());
		}
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object found = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
					done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
						.map(function (v) {
							return v.impact + ' ' + v.id + ': ' + v.help + ' at '
								+ v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ');
						}));
				}, function (e) { done(['axe failed: ' + e]); });""");
		List<?> violations = (List<?>) found;
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core at " + this.width + "px on " + shape + ":\n"
					+ String.join("\n", violations.stream().map(String::valueOf).toList()));
		}
	}

	/**
	 * The first screen of each kind of page, to look at:
	 * {@code target/browser-pages/<width>x<height>/}.
	 */
	private void keepScreenshot(String shape) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-pages", this.width + "x" + this.height));
			String name = String.format("%02d-%s.png", this.checked.size(),
					shape.replaceAll("[^A-Za-z0-9#{}-]+", "_").replaceAll("_+", "_"));
			Files.write(dir.resolve(name.length() > 120 ? name.substring(0, 116) + ".png" : name),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException ex) {
			// a screenshot is only for looking at
		}
	}

	/** axe-core's script, read once from its WebJar. */
	private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {

		private String script;

		@Override
		public synchronized String get() {
			if (this.script == null) {
				try (var in = Browser.class
					.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
					this.script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
			return this.script;
		}

	};

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
		// htmx may still be fetching or swapping a block (the live recommendation): a
		// click
		// while the page moves can land beside its target
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
					"return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
		WebElement element = visible(find(id));
		element.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> gone(element));
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		checkAccessibility();
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
