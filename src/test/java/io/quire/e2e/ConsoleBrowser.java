package io.quire.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile; skips the
 * test (an assumption) where either is missing. Screenshots go under
 * {@code target/console-screenshots}.
 */
final class ConsoleBrowser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("quire.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("quire.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private ConsoleBrowser(ChromeDriver driver) {
		this.driver = driver;
		// the console re-renders parts of a page as data arrives: an element found a
		// moment
		// ago may have been replaced (stale) or covered, so each step retries until it
		// holds
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class, ElementNotInteractableException.class);
	}

	static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"No browser: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
						+ ") to run the console's browser test");
	}

	static ConsoleBrowser start(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ConsoleBrowser(new ChromeDriver(service, options));
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement find(String css) {
		return this.wait.until((d) -> {
			WebElement element = d.findElement(By.cssSelector(css));
			return element.isDisplayed() ? element : null;
		});
	}

	<T> T await(Function<WebDriver, T> condition) {
		return this.wait.until(condition::apply);
	}

	/** Waits until the element's text contains the given text, and returns its text. */
	String awaitText(String css, String expected) {
		return this.wait.until((d) -> {
			String text = d.findElement(By.cssSelector(css)).getText();
			return text.contains(expected) ? text : null;
		});
	}

	void type(String css, String text) {
		this.wait.until((d) -> {
			WebElement element = displayed(d, css);
			element.clear();
			element.sendKeys(text);
			return true;
		});
	}

	void click(String css) {
		this.wait.until((d) -> {
			displayed(d, css).click();
			return true;
		});
	}

	/** Keeps what the page showed when a step failed, next to the screenshots. */
	void saveFailureEvidence() {
		try {
			screenshot("failure");
			Files.writeString(SCREENSHOTS.resolve("failure.html"), this.driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			// the evidence is a courtesy: the test's own failure is what gets reported
		}
	}

	private static WebElement displayed(WebDriver driver, String css) {
		WebElement element = driver.findElement(By.cssSelector(css));
		if (!element.isDisplayed()) {
			throw new ElementNotInteractableException(css + " is not displayed yet");
		}
		return element;
	}

	/** Waits for the page's confirm or prompt dialog. */
	Alert awaitDialog() {
		return this.wait.until(ExpectedConditions.alertIsPresent());
	}

	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The HTTP status a same-origin fetch from the page gets. */
	long fetchStatus(String path) {
		Object status = this.driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then((r) => done(r.status), () => done(-1));",
				path);
		return ((Number) status).longValue();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
