package org.mosaiccrm.itests.support;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never one Selenium downloads: both
 * paths are given, so Selenium Manager is not asked). Screenshots go to {@code target/screenshots/};
 * {@link #assertNoConsoleErrors} fails on any error the page logged.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("crm.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("crm.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port, int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=en-GB", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("crm-chromium").toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public void awaitGone(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** Runs an async script in the page: the last argument is the callback the script calls with its result. */
    public Object script(String asyncScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(asyncScript, arguments);
    }

    /** A 1280 × 900 browser on the desktop, logged in as a demo user (password = name), its desktop shown. */
    public static Browser loggedIn(int port, String demoUser) throws IOException {
        Browser browser = new Browser(port, 1280, 900);
        browser.open("/crm/");
        browser.login(demoUser, demoUser);
        browser.await(By.cssSelector(".user-name"));
        return browser;
    }

    public void login(String user, String password) {
        await(By.name("user")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    }

    public void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Fails on an error in the browser's console since the last call, except the failed loads the test caused
     * on purpose (a status it names, e.g. {@code "401"} for a wrong password).
     */
    public void assertNoConsoleErrors(String... expectedStatuses) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(entry -> List.of(expectedStatuses).stream()
                        .noneMatch(status -> entry.getMessage().contains("status of " + status)))
                .toList();
        if (!errors.isEmpty()) {
            fail("errors in the browser console:\n" + errors.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n")));
        }
    }

    /** Logs out (as a user leaving would: the session no longer holds a seat), then ends the browser. */
    @Override
    public void close() {
        try {
            if (driver.getCurrentUrl().startsWith(base)) {
                script("const done = arguments[0]; fetch('/crm/api/session').then(r => r.json()).then(s => s.loggedIn"
                        + " ? fetch('/crm/api/session', { method: 'DELETE', headers: { 'X-CSRF-Token': s.csrfToken } }) : null)"
                        + ".then(() => done(), () => done());");
            }
        } catch (RuntimeException pageGone) {
            // the browser is ending anyway
        } finally {
            driver.quit();
        }
    }
}
