package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoLanguage;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxOptions;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, point 6, in a browser: a person who opens the queue while the Russian demo is first seeded logs in, sees
 * "Готовим демо: N%", and the queue opens by itself when the demo is there, its clients named in Russian; in English
 * the screens speak English over the same Russian agency.
 */
class DemoPagesIT {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    @TempDir
    static Path englishProfile;
    static Future<Sandbox> starting;
    static Browser browser;
    static int port;

    @BeforeAll
    static void startTheBrowserThenTheDemo() throws Exception {
        Browser.requireBrowser();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        browser = Browser.start("http://127.0.0.1:" + port, profile, "ru-RU,ru");
        SandboxOptions options = new SandboxOptions(port, data, true, null, 1, true)
                .at(Instant.parse("2026-12-08T11:30:00Z"), DemoDepartment.ZONE).inLanguage(DemoLanguage.RU);
        starting = Executors.newSingleThreadExecutor().submit(() -> Sandbox.serve(options, line -> { }));
    }

    @AfterAll
    static void close() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (starting != null) {
            starting.get(10, TimeUnit.MINUTES).close();
        }
    }

    @Test
    void theQueueOpensByItselfWhenTheRussianDemoIsThere() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && !frontPageAnswers()) {
            Thread.sleep(100);
        }
        browser.open("/plugins/servlet/backstop/queue"); // sent to the login form, to come back here
        browser.waitFor(d -> !d.findElements(By.id("login-user")).isEmpty());
        browser.find("#login-user").sendKeys("operator");
        browser.find("#login-password").sendKeys("operator");
        browser.find("#login-submit").click();
        deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos(); // a loaded machine renders slowly
        while (System.nanoTime() < deadline && browser.findAll("#backstop-message, #backstop-queue").isEmpty()) {
            Thread.sleep(200);
        }
        assertThat(starting.isDone()).as("the login answered before the demo was seeded").isFalse();
        assertThat(browser.find("#backstop-message").getText()).containsPattern("Готовим демо: \\d{1,3}%");

        deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && browser.findAll("#backstop-queue").isEmpty()) {
            Thread.sleep(500); // the page's Refresh header brings the queue, nobody clicks
        }
        browser.waitReady("backstop-queue");
        List<String> clients = browser.findAll("#backstop-queue-rows tr .backstop-client").stream()
                .map(WebElement::getText).toList();
        assertThat(clients).isNotEmpty().allMatch(name -> CYRILLIC.matcher(name).find());

        Browser english = Browser.start("http://127.0.0.1:" + port, englishProfile, "en-US,en");
        try {
            english.login("operator");
            english.open("/plugins/servlet/backstop/queue");
            english.waitReady("backstop-queue");
            assertThat(english.find("#backstop-queue-refresh").getText()).doesNotContainPattern(CYRILLIC.pattern());
            assertThat(english.findAll("#backstop-queue-rows tr .backstop-client")).isNotEmpty()
                    .allMatch(cell -> CYRILLIC.matcher(cell.getText()).find());
        } finally {
            english.close();
        }
    }

    private static boolean frontPageAnswers() {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
