package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, with an
 * axe-core check of every page a test visits. Without Chromium the browser tests are skipped with a
 * message, unless {@code MAILLAGE_REQUIRE_BROWSER=true}, which makes its absence a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Opens a browser, or skips the calling test when none is installed and none is required. */
    public static Browser open(int port) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "Tests navigateur ignorés : /usr/bin/chromium et /usr/bin/chromedriver sont absents "
                    + "(apt-get install chromium chromium-driver).";
            if ("true".equalsIgnoreCase(System.getenv("MAILLAGE_REQUIRE_BROWSER"))) {
                throw new AssertionError(message + " MAILLAGE_REQUIRE_BROWSER=true exige ces tests.");
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("maillage-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public String path() {
        return driver.getCurrentUrl().replace(baseUrl, "");
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public Browser type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Clicks the submit button of the form that contains the given field. */
    public Browser submit(String fieldId) {
        return navigate(driver.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form"))
                .findElement(By.cssSelector("button[type=submit]")));
    }

    public Browser clickButton(String text) {
        return navigate(driver.findElement(By.xpath("//button[normalize-space()=\"" + text + "\"]")));
    }

    public Browser clickLink(String text) {
        return navigate(driver.findElement(By.linkText(text)));
    }

    /** Clicks an element that loads another page, and waits until the new page is there. */
    public Browser navigate(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(element);
        return waitUntilReplaced(page);
    }

    /**
     * Waits until this element (typically the page's {@code html}) has left the document: the next
     * page is there. Chromium reports a node of a page being replaced either as stale or as "not
     * belonging to the document"; both mean the same.
     */
    public Browser waitUntilReplaced(WebElement element) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        return this;
    }

    /** Clicks an element as a user would, after scrolling it to the middle of the window. */
    public Browser click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        return this;
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the current page and fails on any violation. */
    public Browser assertAccessible() {
        screenshot();
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + ") : " + v.getHelp() + " → "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe-core violations on " + path() + "\n" + report).isEmpty();
        return this;
    }

    /** Keeps a picture of the page in target/screenshots, for people to look at what the tests saw. */
    public void screenshot() {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            String name = path().replaceAll("[^a-zA-Z0-9]+", "_");
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve((name.isEmpty() ? "accueil" : name) + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
