package vn.nhacviec.testsupport.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Chromium for the browser suite (Debian's {@code chromium} and {@code chromium-driver}). Without
 * them the suite is skipped with a plain warning, unless {@code NHACVIEC_REQUIRE_BROWSER=true} (.ci/run).
 */
public final class Browsers {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browsers() {
    }

    /** A new headless browser with its own profile; skips (or fails, when required) without Chromium. */
    public static ChromeDriver start(int width, int height) {
        String browser = env("NHACVIEC_CHROMIUM", BROWSERS);
        String driver = env("NHACVIEC_CHROMEDRIVER", DRIVERS);
        if (browser == null || driver == null) {
            String message = "Chromium or chromedriver not found (apt install chromium chromium-driver): "
                    + "the browser suite did not run";
            if (Boolean.parseBoolean(System.getenv("NHACVIEC_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("nhacviec-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static String env(String name, List<String> fallbacks) {
        String value = System.getenv(name);
        if (value != null && !value.isBlank()) {
            return Files.isExecutable(Path.of(value)) ? value : null;
        }
        return fallbacks.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    /**
     * Clicks what leads to a new page (a plain form's button, a link) and waits for that page: a click returns
     * once the browser has started the request, and a check made before the answer arrives reads the old page.
     */
    public static void clickAndWait(org.openqa.selenium.WebDriver browser, org.openqa.selenium.By target) {
        org.openqa.selenium.WebElement pressed = browser.findElement(target);
        pressed.click();
        java.time.Duration wait = java.time.Duration.ofSeconds(20);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, wait).until(d -> isGone(pressed));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, wait).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has been replaced. Chromium answers a look at an element of a page being
     * torn down either "stale element" or, during the swap, "Node with given id does not belong to the
     * document" (an unknown error, which Selenium's own staleness check does not treat as stale).
     */
    private static boolean isGone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
