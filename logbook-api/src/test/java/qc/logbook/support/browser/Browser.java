package qc.logbook.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window on the application, at phone size (390 × 844) unless a test resizes it. Every page a
 * scenario visits can be {@link #capture captured} at phone and desktop width under {@code target/screenshots/} and
 * {@link #assertAccessible checked} with axe-core against WCAG 2.1 AA.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("logbook.test.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("logbook.test.chromedriver", "/usr/bin/chromedriver");
    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        try {
            profile = Files.createTempDirectory("logbook-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // As root in a container Chromium needs --no-sandbox; the rest keeps it off the (closed) network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars",
                "--window-size=" + PHONE.width + "," + PHONE.height,
                "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A new browser whose reader prefers French (Québec), as most people here. */
    public static Browser open(int port) {
        return new Browser("http://localhost:" + port, "fr-CA");
    }

    /** A new browser that asks for {@code language} (e.g. {@code en}). */
    public static Browser open(int port, String language) {
        return new Browser("http://localhost:" + port, language);
    }

    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Opens a path of the application and waits for the page to load. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The path (and query) the browser is on. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits up to ten seconds for an element to be visible. */
    public WebElement await(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    /** Waits up to ten seconds; an element htmx swapped out while it was read is looked up again. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Types into the field labelled by {@code id}, replacing what it held. */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Signs in through the sign-in form and waits to leave it. */
    public Browser signIn(String username, String password) {
        go("/login");
        type("username", username).type("password", password);
        find("form[action$='/login'] button[type=submit]").click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Saves the whole page as {@code target/screenshots/phone/<name>.png} and {@code …/desktop/<name>.png}, then
     * returns to the size the window had.
     */
    public Browser capture(String name) {
        Dimension before = driver.manage().window().getSize();
        shoot(PHONE, "phone", name);
        shoot(DESKTOP, "desktop", name);
        driver.manage().window().setSize(before);
        return this;
    }

    private void shoot(Dimension size, String folder, String name) {
        driver.manage().window().setSize(size);
        Number height = (Number) script("return Math.max(document.body.scrollHeight, "
                + "document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(size.width, Math.max(size.height, height.intValue())));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Path target = SCREENSHOTS.resolve(folder).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core on the page as it is now: no violation of impact serious or critical under WCAG 2.1 A and AA. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(blocking).as("axe-core serious or critical violations on %s:%n%s", path(),
                blocking.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
