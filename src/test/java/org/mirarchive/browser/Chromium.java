package org.mirarchive.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

/**
 * One headless Chromium (Debian's, at {@code /usr/bin/chromium}, driven through its own
 * chromedriver) pointed at the running archive, with what the browser tests ask of it: pages
 * at a given width, full-page screenshots, print, the keyboard, axe-core, and what the page
 * loaded. Selenium Manager is never used: the browser and driver are given by path, so nothing
 * is downloaded.
 */
public final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

	/** Where screenshots and the printed PDF are saved, for people to look at. */
	public static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** The window a test starts with: a laptop or a classroom projector. */
	private static final int DEFAULT_WIDTH = 1280;

	private static final int DEFAULT_HEIGHT = 900;

	/**
	 * Records, from the start of every document, each Content-Security-Policy violation the
	 * page causes (the listener is added by DevTools, so the policy does not block it).
	 */
	private static final String CSP_LISTENER = """
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(
			    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline code') + ' at ' + e.sourceFile + ':' + e.lineNumber));
			""";

	/**
	 * Selenium warns when it has no DevTools binding for this Chromium's version; the tests send
	 * their few DevTools commands through chromedriver and need none. (Held here: JUL keeps loggers
	 * only while something refers to them.)
	 */
	private static final List<Logger> QUIETENED = Stream
		.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
		.map(Logger::getLogger)
		.peek(logger -> logger.setLevel(Level.SEVERE))
		.toList();

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private Chromium(ChromeDriver driver, Path profile, String base) {
		this.driver = driver;
		this.profile = profile;
		this.base = base;
	}

	/** Why the browser tests cannot run here, or null if they can. */
	static String missing() {
		if (!Files.isExecutable(BINARY)) {
			return "Chromium not found at " + BINARY;
		}
		if (!Files.isExecutable(DRIVER)) {
			return "chromedriver not found at " + DRIVER;
		}
		return null;
	}

	/** Starts a fresh browser (its own empty profile) for the archive at {@code base}. */
	static Chromium start(String base) {
		System.setProperty("webdriver.chrome.driver", DRIVER.toString());
		try {
			Path profile = Files.createTempDirectory("mir-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--hide-scrollbars", "--lang=en-US",
					"--window-size=" + DEFAULT_WIDTH + "," + DEFAULT_HEIGHT, "--user-data-dir=" + profile);
			// The browser's language, which the archive follows unless the reader chooses another.
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
			Files.createDirectories(Path.of("target"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.withLogFile(new File("target/chromedriver.log"))
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
			Chromium chromium = new Chromium(driver, profile, base);
			chromium.viewport(DEFAULT_WIDTH, DEFAULT_HEIGHT);
			return chromium;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String base() {
		return base;
	}

	public ChromeDriver driver() {
		return driver;
	}

	/** Opens a page of the archive as a new reader would: no language chosen, so the browser's (English). */
	public Chromium open(String path) {
		driver.manage().deleteAllCookies();
		driver.get(base + path);
		return this;
	}

	/** Opens a page of the archive in the given interface language, as the language switch does. */
	public Chromium open(String path, String language) {
		return open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
	}

	/** The address of the current page, without the archive's base. */
	public String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(base) ? url.substring(base.length()) : url;
	}

	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... args) {
		return (T) driver.executeScript(script, args);
	}

	/** Lays the page out at this viewport size, in CSS pixels. */
	public void viewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Whether the page is wider than the window, so that a reader would have to scroll sideways. */
	public boolean scrollsSideways() {
		Boolean sideways = script("return document.documentElement.scrollWidth > window.innerWidth;");
		return sideways;
	}

	/** Saves a screenshot of the whole page (not just the window) at this width, as name-width.png. */
	public Path screenshot(String name, int width) {
		viewport(width, DEFAULT_HEIGHT);
		Number height = script("return Math.ceil(document.documentElement.getBoundingClientRect().height);");
		viewport(width, Math.max(DEFAULT_HEIGHT, height.intValue()));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + "-" + width + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			viewport(width, DEFAULT_HEIGHT);
		}
	}

	/** Prints the page as Chromium would to PDF (A4/Letter default, no background colours). */
	public byte[] print() {
		return Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
	}

	/** Lays the page out for print ("print") or for the screen again (""), without printing. */
	public void emulateMedia(String media) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/** Axe's violations as a failing test says them: each rule, and each element that breaks it, with why. */
	public static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(node -> "    " + node.getTarget() + "  " + node.getHtml()
							+ "\n      " + node.getFailureSummary()).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	/** The WCAG 2.0 and 2.1, A and AA checks of axe-core on the current page. */
	public Results axe() {
		AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(tags);
		// Only violations are reported node by node: listing every passing node is most of axe's time.
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().withOptions(options).disableIframeTesting().analyze(driver);
	}

	/** Every address the current page loaded: the page itself, its styles, images, fonts, scripts. */
	public List<String> loaded() {
		return script("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
				+ ".map(entry => entry.name);");
	}

	/** Each Content-Security-Policy violation on the current page since it started loading. */
	public List<String> cspViolations() {
		return script("return window.cspViolations || ['the violation listener was not installed'];");
	}

	/** Presses a key, as the reader's keyboard would, wherever the focus is. */
	public void press(CharSequence key) {
		new Actions(driver).sendKeys(key).perform();
	}

	public void tab() {
		press(Keys.TAB);
	}

	public void shiftTab() {
		new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
	}

	/** The element that has the focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A leftover temporary profile is not worth failing a test for.
			}
		}
	}

}
