package io.backstop.sandbox.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium through Debian's chromedriver, as build-notes 3.6 has it: the driver's path is given,
 * so Selenium Manager never runs. Without the browser the tests are skipped, unless {@code -Dbrowser.required=true}
 * (CI) makes that a failure.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Checks the browser is there: skips the tests without it, or fails them when it is required. */
    static void requireBrowser() {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && Boolean.getBoolean("browser.required")) {
            fail("browser.required is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        assumeTrue(present, "no " + CHROMIUM + " / " + CHROMEDRIVER + ": browser tests skipped");
    }

    /** A browser whose Accept-Language is the given list (e.g. "en-US,en" or "ru-RU,ru"). */
    static Browser start(String base, Path profile, String acceptLanguage) throws IOException {
        return start(base, profile, acceptLanguage, profile.resolve("downloads"));
    }

    /** As {@link #start(String, Path, String)}, files the page downloads going to {@code downloads}. */
    static Browser start(String base, Path profile, String acceptLanguage, Path downloads) throws IOException {
        requireBrowser();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--accept-lang=" + acceptLanguage,
                "--lang=" + acceptLanguage.split(",")[0],
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage,
                "download.default_directory", Files.createDirectories(downloads).toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        // the console, so a test can tell a script or style the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Logs in through the front page's form. */
    void login(String user) {
        open("/");
        if (!driver.findElements(By.id("logout")).isEmpty()) {
            driver.findElement(By.id("logout")).click();
            waitFor(d -> !d.findElements(By.id("login-user")).isEmpty());
        }
        driver.findElement(By.id("login-user")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(user);
        driver.findElement(By.id("login-submit")).click();
        waitFor(d -> !d.findElements(By.id("logout")).isEmpty());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for the condition; a row the screen redraws while it is read is read again, as a person would. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits until the screen's script says it is done ({@code data-state}). */
    void waitReady(String rootId) {
        waitFor(d -> {
            String state = d.findElement(By.id(rootId)).getAttribute("data-state");
            return state != null && !state.equals("loading") && !state.equals("saving");
        });
    }

    /** A screenshot into target/screenshots, and into -Dscreenshots.dir (docs/screenshots) when that is set. */
    void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.write(target, png);
        String docs = System.getProperty("screenshots.dir");
        if (docs != null && !docs.isBlank()) {
            Files.copy(target, Files.createDirectories(Path.of(docs)).resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
