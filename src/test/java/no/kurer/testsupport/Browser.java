package no.kurer.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium. A test using it
 * is skipped, saying why, only when the browser cannot start at all.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("kurer.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("kurer.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser startOrSkip() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "Chromium or chromedriver is not installed (" + CHROMIUM + ", " + DRIVER
                        + "): apt-get install -y chromium chromium-driver");
        Path profile = Files.createTempDirectory("kurer-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            Assumptions.abort("Chromium cannot start here: " + e.getMessage());
            throw e;
        }
    }

    /** Logs in: HTTP Basic credentials on every request, as the browser sends them after its login dialog. */
    public void basicAuth(String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    public void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    public String text(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id(id)))
                .getText();
    }

    /** Waits for the onboarding's row (by externalRef) to show its approval link, and answers the link. */
    public String awaitConfirmLink(String externalRef, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(d -> {
            List<String> row = row(externalRef);
            return row == null ? null : row.get(1);
        });
    }

    /** Waits, without reloading the page, until the element's text is {@code expected}. */
    public void awaitText(String id, String expected, Duration timeout) {
        new WebDriverWait(driver, timeout)
                .withMessage(() -> "#" + id + " did not read '" + expected + "'; it reads '"
                        + driver.findElement(By.id(id)).getText() + "'")
                .until(d -> expected.equals(d.findElement(By.id(id)).getText()));
    }

    /** The statuses in the row's history, oldest first, as the page lists them. */
    @SuppressWarnings("unchecked")
    public List<String> historyOf(String externalRef) {
        return (List<String>) driver.executeScript("""
                const row = [...document.querySelectorAll('#registrations tbody tr')]
                    .find(r => r.cells.length > 3 && r.cells[3].textContent === arguments[0]);
                return row ? [...row.querySelectorAll('details.history li')].map(li => li.dataset.status) : null;""", externalRef);
    }

    public String statusOf(String externalRef) {
        List<String> row = row(externalRef);
        return row == null ? null : row.get(0);
    }

    /** Waits, without reloading the page, until the row shows the status. */
    public void awaitStatus(String externalRef, String status, Duration timeout) {
        new WebDriverWait(driver, timeout)
                .withMessage(() -> "the page did not show " + status + " for " + externalRef + "; it shows "
                        + statusOf(externalRef))
                .until(d -> status.equals(statusOf(externalRef)));
    }

    /**
     * The row's status and approval link, read in one script: the page replaces its rows at every poll, so
     * elements found one by one can go stale in between.
     */
    @SuppressWarnings("unchecked")
    private List<String> row(String externalRef) {
        return (List<String>) driver.executeScript("""
                const row = [...document.querySelectorAll('#registrations tbody tr')]
                    .find(r => r.cells.length > 3 && r.cells[3].textContent === arguments[0]);
                if (!row) return null;
                const link = row.querySelector('a.confirm');
                return [row.querySelector('td.status').textContent, link ? link.href : null];""", externalRef);
    }

    /** Runs a script in the page and answers its value. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Waits, without reloading the page, until the script answers true; fails saying {@code what} otherwise. */
    public void awaitScript(String what, Duration timeout, String script, Object... arguments) {
        new WebDriverWait(driver, timeout)
                .withMessage(() -> what)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script, arguments)));
    }

    /**
     * Every URL requested for a document whose address starts with {@code documentPrefix} since the last call
     * (Chromium's network log; the browser's own pages, such as its new tab page, are left out).
     */
    public List<String> requestedBy(String documentPrefix) {
        return driver.manage().logs().get("performance").getAll().stream()
                .map(LogEntry::getMessage)
                .map(Corner1::readTree)
                .map(entry -> entry.path("message"))
                .filter(message -> message.path("method").asText().equals("Network.requestWillBeSent"))
                .map(message -> message.path("params"))
                .filter(params -> params.path("documentURL").asText().startsWith(documentPrefix))
                .map(params -> params.path("request").path("url").asText())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temporary profile
        }
    }
}
