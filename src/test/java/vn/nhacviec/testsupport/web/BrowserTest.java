package vn.nhacviec.testsupport.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.web.SignInLinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Base of the browser suite: the whole service on a free port over a fresh H2 with seed plan 000 (Sơn Kỳ,
 * 2024) and a small roster, at a fixed clock ({@link #CLOCK}), and one headless Chromium per test class.
 * Subclasses add their own data in {@link #seed()} and drive {@link #browser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** Monday 08/04/2024, 09:00 in Việt Nam: inside the seed plan's year, after the first quarter. */
    public static final String CLOCK = "2024-04-08T09:00:00+07:00";
    public static final String COMMUNE = "Sơn Kỳ";

    protected EmbeddedServer server;
    protected ApplicationContext context;
    protected ChromeDriver browser;
    protected long communeId;
    protected NewOfficer chairman;
    protected NewOfficer office;
    protected NewOfficer officer;
    private TestDatabase database;

    @BeforeAll
    void startServiceAndBrowser() {
        browser = Browsers.start(1280, 900);
        database = TestDatabase.h2();
        int port = freePort();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", port);
        properties.put("nhacviec.clock", CLOCK);
        properties.put("nhacviec.web.base-url", "http://127.0.0.1:" + port);
        properties.putAll(extraProperties());
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        context = server.getApplicationContext();
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        bean(PlanStore.class).save(new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024), source, "test");
        communeId = bean(CommuneStore.class).require(COMMUNE).id();
        RosterStore roster = bean(RosterStore.class);
        chairman = roster.add(COMMUNE, "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test");
        office = roster.add(COMMUNE, "Lê Thị Phòng", List.of("VP-TK"), Role.OFFICE, "test");
        officer = roster.add(COMMUNE, "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test");
        seed();
    }

    /** More settings for the service (e.g. a bot token); none by default. */
    protected Map<String, Object> extraProperties() {
        return Map.of();
    }

    /** More data before the tests run; nothing by default. */
    protected void seed() {
    }

    @AfterEach
    void backToDesktopSize() {
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @AfterAll
    void stopServiceAndBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    protected <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    /** Signs the browser out and in again as this officer, through a fresh one-time link. */
    protected void signInAs(NewOfficer who) {
        browser.manage().deleteAllCookies();
        browser.get(bean(SignInLinks.class).mint(who.officer().id()).toString());
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, and returns the file. */
    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes to a phone (360 × 740 CSS pixels of viewport) and checks nothing is wider than the screen. */
    protected void assertNoHorizontalScroll(String path) {
        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get(url(path));
        // the window size includes no browser chrome in headless mode; measure what the page lays out
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth];");
        List<?> w = (List<?>) widths;
        long scroll = ((Number) w.get(0)).longValue();
        long client = ((Number) w.get(1)).longValue();
        assertTrue(((Number) w.get(2)).longValue() <= 360, "viewport is phone-sized: " + w);
        assertTrue(scroll <= client, path + " scrolls sideways at 360 px: scrollWidth " + scroll + " > clientWidth " + client);
    }

    /** Every visible form control of the current page has a label (label[for], a wrapping label, or aria-label). */
    protected void assertEveryControlLabelled() {
        List<String> unlabelled = new ArrayList<>();
        for (WebElement control : browser.findElements(By.cssSelector("input, select, textarea"))) {
            String type = String.valueOf(control.getAttribute("type"));
            if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            Object labelled = ((JavascriptExecutor) browser).executeScript(
                    "const e = arguments[0]; return (e.labels && e.labels.length > 0) || !!e.getAttribute('aria-label')"
                            + " || !!e.getAttribute('aria-labelledby');", control);
            if (!Boolean.TRUE.equals(labelled)) {
                unlabelled.add(control.getAttribute("outerHTML"));
            }
        }
        assertEquals(List.of(), unlabelled, "form controls without a label on " + browser.getCurrentUrl());
    }

    /** The HTTP status of a GET of {@code path} with the browser's current session (the page itself is not checked). */
    protected int status(String path) {
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed(vn.nhacviec.web.Sessions.COOKIE);
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)));
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Imports a seed plan into a commune of this name (the plan's own name is replaced); the commune's id. */
    protected long importSeed(String seed, String commune, int year) {
        PlanSource source = PlanFile.fromBytes(seed, Seeds.bytes(seed));
        bean(PlanStore.class).save(new PlanReader(UnitCatalog.defaults()).read(source.text(), year).inCommune(commune),
                source, "test");
        return bean(CommuneStore.class).require(commune).id();
    }

    /** The text of the element with this id. */
    protected String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
