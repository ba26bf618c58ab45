package vn.nhacviec.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.Conversation;
import vn.nhacviec.bot.Incoming;
import vn.nhacviec.bot.Outgoing;
import vn.nhacviec.directory.Role;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;
import vn.nhacviec.testsupport.web.Browsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo as a visitor meets it, in headless Chromium: the service started as {@code demo} starts it
 * (own directory, seeded, no bot token), the chat simulator answering "viec" and "xong" exactly as the
 * bot's own conversation answers them, its buttons working (a done press, a list paged in place), the
 * morning digest arriving by itself. Skipped, saying so, without Chromium (see {@link Browsers}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoChatBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    ChromeDriver browser;
    EmbeddedServer server;
    ApplicationContext context;
    DemoSeed.Result seeded;
    final AtomicLong direct = new AtomicLong(900_000);

    @BeforeAll
    void start(@TempDir Path dir) {
        browser = Browsers.start(1280, 900);
        DemoStart demo = DemoStart.prepare(dir.resolve("demo-data"), "", "", freePort(), Clock.systemUTC());
        seeded = demo.seed();
        server = ApplicationContext.run(EmbeddedServer.class, demo.properties(), "test");
        context = server.getApplicationContext();
        demo.requireOwnDatabase(context.getEnvironment());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theChairmansMorningDigestArrivesByItself() {
        browser.get(url("/demo/chat"));
        assertEquals(seeded.officers().size(), browser.findElements(By.cssSelector(".demo-people li")).size());
        screenshot("demo-chat-people");
        browser.findElement(By.cssSelector("a[href='/demo/chat/" + seeded.chairman().officer().chatId() + "']")).click();
        waitFor(() -> botBubbles().stream().anyMatch(b -> textOf(b).contains("Việc cần chú ý")));
        assertTrue(botBubbles().stream().anyMatch(b -> textOf(b).contains("Tổng hợp tuần")), "the Monday summary too");
        screenshot("demo-chat-chairman-digest");
    }

    @Test
    void viecIsAnsweredExactlyAsTheConversationAnswersIt() {
        long chat = chatOf("Võ Thị Lan");
        open(chat);
        say("viec", null);
        WebElement answer = lastBotBubble();
        Outgoing.Send expected = firstSend(converse(chat, "viec", null));
        assertEquals(normal(TelegramHtml.plain(expected.reply().html())), normal(textOf(answer)));
        assertEquals(expected.reply().buttons().stream().map(b -> b.text()).toList(), keysOf(answer));
        screenshot("demo-chat-viec");
    }

    @Test
    void xongInReplyToTheListIsAnsweredAsTheBotDoesAndUndoWorks() {
        long chat = chatOf("Đinh Thị Hoa");
        open(chat);
        say("viec", null);
        long list = idOf(lastBotBubble());
        Set<Long> doneBefore = done();
        say("xong 1", list);
        String confirmation = textOf(lastBotBubble());
        Set<Long> marked = done();
        marked.removeAll(doneBefore);
        assertEquals(1, marked.size(), "one item done: " + confirmation);
        assertTrue(confirmation.startsWith("✅ Đã ghi nhận hoàn thành"), confirmation);
        screenshot("demo-chat-xong");

        say("hoàn tác", idOf(lastBotBubble()));
        assertFalse(done().contains(marked.iterator().next()), "undone: " + textOf(lastBotBubble()));
        // the bot itself, given the same reply to the same list, says the same (only the minute may have moved on)
        Outgoing.Send expected = firstSend(converse(chat, "xong 1", list));
        assertEquals(normal(TelegramHtml.plain(expected.reply().html())).replaceAll("lúc \\d{2}:\\d{2}", "lúc …"),
                normal(confirmation).replaceAll("lúc \\d{2}:\\d{2}", "lúc …"));
    }

    @Test
    void aDoneButtonUnderTheDigestMarksTheItemDone() {
        // an officer the morning scan wrote to, whom no other test here talks as
        Set<Long> written = context.getBean(OutboxStore.class).withStatus(List.of("PENDING", "SENT")).stream()
                .filter(m -> NewOutboxMessage.DIGEST.equals(m.kind())).map(OutboxMessage::officerId).collect(Collectors.toSet());
        long chat = seeded.officers().stream()
                .filter(s -> s.officer().role() == Role.OFFICER && written.contains(s.officerId()))
                .filter(s -> !Set.of("Võ Thị Lan", "Đinh Thị Hoa", "Lê Thị Mai").contains(s.officer().name()))
                .findFirst().orElseThrow().officer().chatId();
        open(chat);
        waitFor(() -> botBubbles().stream().anyMatch(b -> textOf(b).contains("Việc cần chú ý")));
        WebElement digest = botBubbles().stream().filter(b -> textOf(b).contains("Việc cần chú ý")).findFirst().orElseThrow();
        long digestId = idOf(digest);
        WebElement done = browser.findElements(By.cssSelector("form.keyboard[data-for='" + digestId + "'] button")).stream()
                .filter(b -> b.getText().startsWith("✅")).findFirst().orElseThrow();
        String label = done.getText();
        int before = botBubbles().size();
        Set<Long> doneBefore = done();
        done.click();
        waitFor(() -> botBubbles().size() > before);
        assertTrue(textOf(lastBotBubble()).startsWith("✅ Đã ghi nhận hoàn thành"), textOf(lastBotBubble()));
        assertEquals("Đã nhận", browser.findElement(By.cssSelector("#chat-log .toast")).getText().strip());
        Set<Long> marked = done();
        marked.removeAll(doneBefore);
        assertEquals(1, marked.size(), "pressing " + label + " marked one item done");
        screenshot("demo-chat-button");
    }

    @Test
    void seeAllRewritesTheListInPlaceAsTheBotDoes() {
        long chat = chatOf("Lê Thị Mai");
        open(chat);
        say("viec", null);
        WebElement list = lastBotBubble();
        long id = idOf(list);
        String first = textOf(list);
        WebElement seeAll = browser.findElements(By.cssSelector("form.keyboard[data-for='" + id + "'] button")).stream()
                .filter(b -> b.getText().contains("Xem tất cả")).findFirst().orElseThrow();
        String data = seeAll.getAttribute("value");
        seeAll.click();
        waitFor(() -> bubble(id).findElement(By.cssSelector(".meta")).getText().contains("đã sửa"));
        String all = textOf(bubble(id));
        assertTrue(all.contains("Tất cả việc đang mở"), all);
        assertTrue(all.length() > first.length());
        Outgoing.Edit expected = converse(chat, null, null, id, data).stream().filter(Outgoing.Edit.class::isInstance)
                .map(Outgoing.Edit.class::cast).findFirst().orElseThrow();
        assertEquals(normal(TelegramHtml.plain(expected.reply().html())), normal(all));
        screenshot("demo-chat-see-all");
    }

    @Test
    void thePageIsLabelledFitsAPhoneAndRefusesAPostWithoutItsToken() throws Exception {
        long chat = chatOf("Ngô Thị Kim");
        open(chat);
        List<String> unlabelled = new ArrayList<>();
        for (WebElement control : browser.findElements(By.cssSelector("input, select, textarea"))) {
            if (!"hidden".equals(control.getAttribute("type")) && !Boolean.TRUE.equals(((JavascriptExecutor) browser)
                    .executeScript("const e = arguments[0]; return (e.labels && e.labels.length > 0) || !!e.getAttribute('aria-label');",
                            control))) {
                unlabelled.add(control.getAttribute("outerHTML"));
            }
        }
        assertEquals(List.of(), unlabelled);
        browser.manage().window().setSize(new Dimension(360, 740));
        open(chat);
        say("/tiendo", null);
        List<?> widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(), "no sideways scroll: " + widths);
        screenshot("demo-chat-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/demo/chat/"
                        + chat + "/send"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=viec")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
    }

    // ------------------------------------------------------------------ the visitor's moves

    private void open(long chat) {
        browser.get(url("/demo/chat/" + chat));
        waitFor(() -> !browser.findElements(By.id("chat-text")).isEmpty());
    }

    /** Types {@code text} (in reply to message {@code replyTo} when given) and waits for the bot's answer. */
    private void say(String text, Long replyTo) {
        int before = botBubbles().size();
        if (replyTo != null) {
            browser.findElement(By.cssSelector("#m" + replyTo + " button.reply")).click();
        }
        WebElement box = browser.findElement(By.id("chat-text"));
        box.sendKeys(text);
        browser.findElement(By.cssSelector("#chat-form button[type=submit]")).click();
        waitFor(() -> botBubbles().size() > before);
    }

    private List<Outgoing> converse(long chat, String text, Long replyTo) {
        return converse(chat, text, replyTo, null, null);
    }

    /** The bot's own answer, asked directly (not through the page); nothing is sent anywhere. */
    private List<Outgoing> converse(long chat, String text, Long replyTo, Long pressedMessage, String data) {
        long update = direct.incrementAndGet();
        Incoming incoming = data == null
                ? new Incoming(update, chat, chat, update, text, replyTo, null, null)
                : new Incoming(update, chat, chat, pressedMessage, null, null, "direct-" + update, data);
        return context.getBean(Conversation.class).handle(incoming);
    }

    private static Outgoing.Send firstSend(List<Outgoing> outgoing) {
        return outgoing.stream().filter(Outgoing.Send.class::isInstance).map(Outgoing.Send.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the conversation sent nothing: " + outgoing));
    }

    // ------------------------------------------------------------------ reading the page

    private List<WebElement> botBubbles() {
        return browser.findElements(By.cssSelector("#chat-log .bubble.from-bot"));
    }

    private WebElement lastBotBubble() {
        List<WebElement> all = botBubbles();
        return all.get(all.size() - 1);
    }

    private WebElement bubble(long id) {
        return browser.findElement(By.id("m" + id));
    }

    private static long idOf(WebElement bubble) {
        return Long.parseLong(bubble.getAttribute("id").substring(1));
    }

    private static String textOf(WebElement bubble) {
        return bubble.findElement(By.cssSelector(".text")).getText();
    }

    private List<String> keysOf(WebElement bubble) {
        return browser.findElements(By.cssSelector("form.keyboard[data-for='" + idOf(bubble) + "'] button")).stream()
                .map(WebElement::getText).toList();
    }

    /** Lines as a reader compares them: the spaces at either end of a line do not matter. */
    private static String normal(String text) {
        return text.replace('\u00a0', ' ').lines().map(String::strip).collect(Collectors.joining("\n")).strip();
    }

    private Set<Long> done() {
        return context.getBean(AgendaStore.class).all(seeded.communeId()).stream()
                .filter(i -> i.status() == DeadlineStatus.DONE).map(AgendaItem::deadlineId)
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private long chatOf(String name) {
        return seeded.officers().stream().filter(s -> s.officer().name().equals(name)).findFirst().orElseThrow()
                .officer().chatId();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
