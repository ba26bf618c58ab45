package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves the fake behaves like Telegram by driving it with the real TelegramBots 10.2 client and long polling. */
class FakeTelegramTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeTelegram fake;
    private TelegramUrl url;
    private OkHttpTelegramClient client;

    @BeforeEach
    void start() {
        fake = FakeTelegram.start();
        url = new TelegramUrl("http", "127.0.0.1", fake.port(), false);
        client = new OkHttpTelegramClient(fake.token(), url);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    // ---- the client: results and Telegram's errors ----------------------------------------------------------------

    @Test
    void sendsHtmlWithAnInlineKeyboardAndGetsTheMessageBack() throws Exception {
        fake.enforceRateLimits(false);
        fake.userSends(42, "/start");
        Message first = client.execute(html(42, "<b>Hạn chót</b> &amp; việc: <i>nộp báo cáo</i>",
                keyboard(button("Xong", "done:7"), button("Hoãn", "later:7"))));
        Message second = client.execute(SendMessage.builder().chatId("42").text("x").build());

        assertEquals(2, first.getMessageId(), "the user's /start was message 1 of the chat");
        assertEquals(3, second.getMessageId());
        assertEquals("Hạn chót & việc: nộp báo cáo", first.getText());
        assertEquals("bold", first.getEntities().get(0).getType());
        assertEquals(42L, first.getChatId());
        assertTrue(first.getFrom().getIsBot());
        assertEquals("done:7", first.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData());

        SentMessage sent = fake.sentTo(42).get(0);
        assertEquals("<b>Hạn chót</b> &amp; việc: <i>nộp báo cáo</i>", sent.text());
        assertEquals("Hạn chót & việc: nộp báo cáo", sent.plainText());
        assertEquals("HTML", sent.parseMode());
        assertEquals(List.of(new Button("Xong", "done:7"), new Button("Hoãn", "later:7")), sent.buttons());
        assertEquals("later:7", sent.button("Hoãn").callbackData());
        assertEquals(2, fake.sentTo(42).size());
    }

    @Test
    void getMeDescribesTheBot() throws Exception {
        User me = client.execute(new GetMe());
        assertTrue(me.getIsBot());
        assertEquals("nhacviec_test_bot", me.getUserName());
        assertEquals(fake.botId(), me.getId());
    }

    @Test
    void refusesBadHtmlLikeTelegram() {
        fake.enforceRateLimits(false);
        fake.knowChat(42);
        assertBadRequest("Bad Request: can't parse entities: Unsupported start tag \"div\" at byte offset 0",
                html(42, "<div>x</div>", null));
        assertBadRequest("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
                html(42, "<b>đậm", null));
        assertBadRequest("Bad Request: can't parse entities: Unmatched end tag at byte offset 9, expected \"</b>\", "
                + "found \"</i>\"", html(42, "<b>đậm</i>", null));
        assertBadRequest("Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2",
                html(42, "1 < 2", null));
        TelegramApiRequestException ampersand = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(html(42, "A & B", null)));
        assertTrue(ampersand.getApiResponse().startsWith("Bad Request: can't parse entities: "),
                ampersand.getApiResponse());
        // what Telegram accepts
        assertDoesNotFail(html(42, "1 &lt; 2 &gt; 0 &#8211; <a href=\"https://x.vn/?a=1&amp;b=2\">link</a> "
                + "<span class=\"tg-spoiler\">s</span> <tg-spoiler>t</tg-spoiler> <pre>p</pre> <code>c</code> "
                + "<blockquote>q</blockquote> <u>u</u> <s>s</s> a > b", null));
        // without parse_mode the same characters are plain text
        assertDoesNotFail(SendMessage.builder().chatId("42").text("1 < 2 & <div>").build());
        assertEquals("1 < 2 & <div>", fake.sentTo(42).get(1).plainText());
    }

    @Test
    void refusesTooLongAndEmptyTexts() throws Exception {
        fake.enforceRateLimits(false);
        fake.knowChat(42);
        assertBadRequest("Bad Request: message is too long",
                SendMessage.builder().chatId("42").text("a".repeat(4097)).build());
        client.execute(SendMessage.builder().chatId("42").text("a".repeat(4096)).build());
        // the limit counts visible characters: 4096 entities of 5 characters are 4096 characters
        client.execute(html(42, "&amp;".repeat(4096), null));
        assertBadRequest("Bad Request: message is too long", html(42, "<b>" + "&amp;".repeat(4097) + "</b>", null));
        assertBadRequest("Bad Request: message text is empty", html(42, "<b></b>", null));
        // an empty text never leaves the library: it validates before sending
        TelegramApiException empty = assertThrows(TelegramApiException.class,
                () -> client.execute(SendMessage.builder().chatId("42").text("").build()));
        assertFalse(empty instanceof TelegramApiRequestException);
        assertTrue(empty instanceof TelegramApiValidationException
                || empty.getCause() instanceof TelegramApiValidationException, empty.toString());
    }

    @Test
    void refusesCallbackDataOver64Bytes() throws Exception {
        fake.enforceRateLimits(false);
        fake.knowChat(42);
        String ok64 = "ắ".repeat(21) + "a"; // 21 × 3 bytes + 1
        String bad65 = ok64 + "b";
        client.execute(html(42, "ok", keyboard(button("A", ok64))));
        assertBadRequest("Bad Request: BUTTON_DATA_INVALID", html(42, "bad", keyboard(button("B", bad65))));
        assertEquals(1, fake.sentTo(42).size());
    }

    @Test
    void refusesUnknownAndBlockedChats() {
        assertBadRequest("Bad Request: chat not found", SendMessage.builder().chatId("77").text("x").build());
        fake.userSends(78, "hi");
        fake.markBlocked(78);
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("78").text("x").build()));
        assertEquals(403, e.getErrorCode());
        assertEquals("Forbidden: bot was blocked by the user", e.getApiResponse());
    }

    @Test
    void injected429CarriesRetryAfterAndTheLibraryDoesNotRetry() throws Exception {
        fake.knowChat(42);
        fake.tooManyRequestsNext(1, 7);
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("42").text("x").build()));
        assertEquals(429, e.getErrorCode());
        assertEquals(7, e.getParameters().getRetryAfter());
        assertEquals("Too Many Requests: retry after 7", e.getApiResponse());
        assertEquals(1, fake.requests("sendMessage").size(), "no automatic retry");
        assertEquals(429, fake.requests("sendMessage").get(0).status());
        client.execute(SendMessage.builder().chatId("42").text("x").build());
        assertEquals(1, fake.sentTo(42).size());
    }

    @Test
    void injectedServerErrorsSurfaceWithTheirCode() throws Exception {
        fake.knowChat(42);
        fake.enforceRateLimits(false);
        fake.failNext(1, 500);
        fake.failNext(1, 502);
        TelegramApiRequestException e500 = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("42").text("x").build()));
        assertEquals(500, e500.getErrorCode());
        TelegramApiRequestException e502 = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("42").text("x").build()));
        assertEquals(502, e502.getErrorCode());
        client.execute(SendMessage.builder().chatId("42").text("x").build());
        assertEquals(1, fake.sentTo(42).size());
    }

    @Test
    void delaysRequestsWhenAsked() throws Exception {
        fake.delayRequests(Duration.ofMillis(300));
        long start = System.nanoTime();
        client.execute(new GetMe());
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void answersEachCallARoundTripAfterItArrivedAndCountsItOnArrival() throws Exception {
        fake.roundTrip(Duration.ofMillis(200));
        for (long chat = 1; chat <= 4; chat++) {
            fake.knowChat(chat);
        }
        long start = System.nanoTime();
        client.execute(SendMessage.builder().chatId("1").text("a").build());
        long one = System.nanoTime() - start;
        assertTrue(one >= 200_000_000L, "answered after " + one / 1_000_000 + " ms");
        Instant accepted = fake.requests("sendMessage").get(0).at();
        assertTrue(Duration.between(accepted, Instant.now()).toMillis() >= 150,
                "the request is logged (and counted) when it arrives, not when it is answered");
        // Flood control still applies, and a refusal too comes a round trip after the request arrived.
        long refused = System.nanoTime();
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("1").text("again").build()));
        assertEquals(429, e.getErrorCode());
        assertTrue(System.nanoTime() - refused >= 200_000_000L);

        // Calls in flight at once overlap their round trips: three take about one round trip, not three.
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(3);
        try {
            long parallel = System.nanoTime();
            List<CompletableFuture<Message>> calls = new ArrayList<>();
            for (long chat = 2; chat <= 4; chat++) {
                String id = Long.toString(chat);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return client.execute(SendMessage.builder().chatId(id).text("b").build());
                    } catch (TelegramApiException failure) {
                        throw new IllegalStateException(failure);
                    }
                }, pool));
            }
            calls.forEach(CompletableFuture::join);
            long took = (System.nanoTime() - parallel) / 1_000_000;
            assertTrue(took >= 200 && took < 550, "three calls in flight took " + took + " ms");
        } finally {
            pool.shutdownNow();
        }
        fake.roundTrip(Duration.ZERO);
    }

    @Test
    void enforcesFloodLimitsPerChatAndOverall() throws Exception {
        fake.knowChat(42);
        fake.knowChat(43);
        client.execute(SendMessage.builder().chatId("42").text("1").build());
        client.execute(SendMessage.builder().chatId("43").text("1").build()); // another chat is fine
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("42").text("2").build()));
        assertEquals(429, e.getErrorCode());
        assertEquals(1, e.getParameters().getRetryAfter());
        Thread.sleep(1050);
        client.execute(SendMessage.builder().chatId("42").text("2").build());
        assertEquals(2, fake.sentTo(42).size());

        fake.rateLimits(2, 10);
        Thread.sleep(1050);
        for (long chat = 100; chat < 102; chat++) {
            fake.knowChat(chat);
            client.execute(SendMessage.builder().chatId(Long.toString(chat)).text("x").build());
        }
        fake.knowChat(102);
        assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder().chatId("102").text("x").build()));

        fake.enforceRateLimits(false);
        for (int n = 0; n < 5; n++) {
            client.execute(SendMessage.builder().chatId("102").text("x" + n).build());
        }
        List<RequestRecord> refused = fake.requests("sendMessage").stream().filter(r -> r.status() == 429).toList();
        assertEquals(2, refused.size());
    }

    @Test
    void unknownTokenAndUnknownMethod() throws Exception {
        OkHttpTelegramClient stranger = new OkHttpTelegramClient("999:other", url);
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
                () -> stranger.execute(new GetMe()));
        assertEquals(401, e.getErrorCode());

        HttpResponse<String> response = post("/bot" + fake.token() + "/sendCoffee", "application/json", "{}");
        assertEquals(404, response.statusCode());
        assertEquals("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}",
                response.body());
        assertEquals(200, post("/bot" + fake.token() + "/GETME", "application/json", "").statusCode());
    }

    @Test
    void editsLikeTelegram() throws Exception {
        fake.userSends(42, "hi");
        Message sent = client.execute(html(42, "<b>Việc 1</b>", keyboard(button("Xong", "done:1"))));
        Thread.sleep(1050); // per-chat flood limit counts edits of text too

        TelegramApiRequestException same = assertThrows(TelegramApiRequestException.class, () -> client.execute(
                EditMessageText.builder().chatId("42").messageId(sent.getMessageId()).text("<b>Việc 1</b>")
                        .parseMode("HTML").replyMarkup(keyboard(button("Xong", "done:1"))).build()));
        assertTrue(same.getApiResponse().startsWith("Bad Request: message is not modified"), same.getApiResponse());

        client.execute(EditMessageText.builder().chatId("42").messageId(sent.getMessageId())
                .text("<b>Việc 1</b> ✔").parseMode("HTML").build());
        MessageEdit edit = fake.edits().get(0);
        assertEquals("Việc 1 ✔", edit.plainText());
        assertTrue(edit.keyboard().isEmpty(), "an edit without reply_markup removes the keyboard, as on Telegram");

        client.execute(EditMessageReplyMarkup.builder().chatId("42").messageId(sent.getMessageId())
                .replyMarkup(keyboard(button("Mở lại", "reopen:1"))).build());
        assertEquals("reopen:1", fake.edits().get(1).keyboard().get(0).get(0).callbackData());

        TelegramApiRequestException missing = assertThrows(TelegramApiRequestException.class, () -> client.execute(
                EditMessageText.builder().chatId("42").messageId(99).text("x").build()));
        assertEquals("Bad Request: message to edit not found", missing.getApiResponse());
    }

    @Test
    void commandsAndWebhookAreRecorded() throws Exception {
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Bắt đầu"))
                .command(new BotCommand("viec", "Việc của tôi")).build());
        assertEquals(List.of("start", "viec"), fake.commands());
        assertBadRequest("Bad Request: BOT_COMMAND_INVALID",
                SetMyCommands.builder().command(new BotCommand("Việc", "x")).build());

        client.execute(SetWebhook.builder().url("https://nhacviec.example/telegram").secretToken("s3cret_-x")
                .build());
        assertEquals("https://nhacviec.example/telegram", fake.webhook().url());
        assertEquals("s3cret_-x", fake.webhook().secretToken());
        assertEquals("https://nhacviec.example/telegram", client.execute(new GetWebhookInfo()).getUrl());
        TelegramApiRequestException plain = assertThrows(TelegramApiRequestException.class,
                () -> client.execute(SetWebhook.builder().url("http://plain.example/").build()));
        assertEquals("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", plain.getApiResponse());
        client.execute(new DeleteWebhook());
        assertNull(fake.webhook());
    }

    @Test
    void documentsGoBothWays() throws Exception {
        fake.enforceRateLimits(false);
        byte[] csv = "mã,tên\n1,Nộp báo cáo\n".getBytes(StandardCharsets.UTF_8);
        fake.userSendsDocument(42, "ke-hoach.csv", csv);
        Message out = client.execute(SendDocument.builder().chatId("42")
                .document(new InputFile(new ByteArrayInputStream(csv), "bao-cao.csv"))
                .caption("<b>Báo cáo</b>").parseMode("HTML").build());
        assertEquals("bao-cao.csv", out.getDocument().getFileName());
        assertEquals("Báo cáo", out.getCaption());
        SentDocument recorded = fake.sentDocuments().get(0);
        assertEquals("bao-cao.csv", recorded.fileName());
        assertArrayEquals(csv, recorded.bytes());

        String fileId = fake.registerFile("plan.csv", csv);
        org.telegram.telegrambots.meta.api.objects.File file = client.execute(new GetFile(fileId));
        // OkHttpTelegramClient.downloadFile* ignores the TelegramUrl (always api.telegram.org): download it yourself
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.url() + "/file/bot" + fake.token() + "/" + file.getFilePath())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(csv, download.body());
        assertEquals(csv.length, file.getFileSize());
        assertBadRequest("Bad Request: invalid file_id", new GetFile("nope"));
    }

    // ---- getUpdates semantics, seen on the wire -------------------------------------------------------------------

    @Test
    void getUpdatesLongPollsConfirmsByOffsetAndRejectsASecondPoller() throws Exception {
        String path = "/bot" + fake.token() + "/getUpdates";
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> waiting = postAsync(path, "timeout=10");
        Thread.sleep(200);
        long id = fake.userSends(5, "xin chào");
        HttpResponse<String> first = waiting.get(5, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "returned early");
        assertTrue(first.body().contains("\"update_id\":" + id), first.body());

        // not confirmed yet: offset 0 sees it again; offset id+1 drops it forever
        assertTrue(post(path, "application/x-www-form-urlencoded", "offset=0").body().contains("xin chào"));
        assertEquals(1, fake.pendingUpdates());
        assertEquals("{\"ok\":true,\"result\":[]}",
                post(path, "application/x-www-form-urlencoded", "offset=" + (id + 1)).body());
        assertEquals(0, fake.pendingUpdates());

        CompletableFuture<HttpResponse<String>> older = postAsync(path, "timeout=10");
        Thread.sleep(200);
        postAsync(path, "timeout=1");
        HttpResponse<String> conflict = older.get(5, TimeUnit.SECONDS);
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("terminated by other getUpdates request"), conflict.body());
    }

    @Test
    void closeEndsWaitingPollsAndLeavesNoThreads() throws Exception {
        FakeTelegram other = FakeTelegram.start();
        CompletableFuture<HttpResponse<String>> waiting = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(other.url() + "/bot" + other.token() + "/getUpdates?timeout=30"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        long start = System.nanoTime();
        other.close();
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "close does not wait for the poll timeout");
        try {
            waiting.get(5, TimeUnit.SECONDS); // answered (empty) or cut off, but not left hanging
        } catch (java.util.concurrent.ExecutionException cutOff) {
            // connection closed by the server: fine
        }
        fake.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("fake-telegram-")), "no fake threads left");
        fake = FakeTelegram.start(); // for @AfterEach
    }

    // ---- the long-polling application ---------------------------------------------------------------------------

    @Test
    void longPollingDeliversEachUpdateOnceInOrderAndStopsWhenClosed() throws Exception {
        fake.enforceRateLimits(false);
        fake.userSends(42, "/start");
        Message task = client.execute(html(42, "Việc: <b>nộp báo cáo</b>", keyboard(button("Xong", "done:9"))));
        List<Update> received = Collections.synchronizedList(new ArrayList<>());

        try (Polling polling = new Polling(update -> {
            received.add(update);
            if (update.hasCallbackQuery()) {
                client.execute(AnswerCallbackQuery.builder().callbackQueryId(update.getCallbackQuery().getId())
                        .text("Đã ghi nhận").build());
            } else if (update.getMessage().hasText()) {
                client.execute(SendMessage.builder().chatId(update.getMessage().getChatId().toString())
                        .text("Đã nhận: " + update.getMessage().getText()).build());
            }
        })) {
            assertEquals(1, fake.requests("deleteWebhook").size(), "registerBot deletes the webhook first");
            fake.userSends(42, "một");
            fake.userSends(43, "/viec@nhacviec_test_bot");
            fake.userReplies(42, task.getMessageId(), "xong rồi");
            String queryId = fake.userPresses(42, task.getMessageId(), "done:9");
            long last = fake.userSends(42, "hai");

            awaitTrue(() -> received.size() >= 6 && fake.pendingUpdates() == 0 && fake.answeredCallbacks().size() == 1);
            List<Long> ids = received.stream().map(u -> u.getUpdateId().longValue()).toList();
            assertEquals(ids.stream().sorted().distinct().toList(), ids, "in order, each once");
            assertEquals(last, ids.get(5));
            assertEquals("hai", received.get(5).getMessage().getText());
            Message start = received.get(0).getMessage();
            // TelegramBots 10.2 quirk (a canary: fails once fixed): isCommand()/getCommand() read the entities' text,
            // which only getEntities() fills in, so they answer false/null until getEntities() has been called.
            assertFalse(start.isCommand(), "TelegramBots fixed Message.isCommand(): drop the getEntities() workaround");
            start.getEntities();
            assertTrue(start.isCommand());
            assertEquals("/start", start.getCommand());
            assertEquals("một", received.get(1).getMessage().getText());
            received.get(2).getMessage().getEntities();
            assertTrue(received.get(2).getMessage().isCommand());
            assertEquals("/viec", received.get(2).getMessage().getCommand().split("@")[0]);
            Message reply = received.get(3).getMessage();
            assertEquals(task.getMessageId(), reply.getReplyToMessage().getMessageId());
            assertEquals("Việc: nộp báo cáo", reply.getReplyToMessage().getText());
            assertEquals("done:9", received.get(4).getCallbackQuery().getData());
            assertEquals(task.getMessageId(), received.get(4).getCallbackQuery().getMessage().getMessageId());
            assertEquals(queryId, fake.answeredCallbacks().get(0).callbackQueryId());
            assertEquals("Đã nhận: hai", fake.awaitMessages(42, 5, WAIT).get(4).text());

            Thread.sleep(300);
            assertEquals(6, received.size(), "nothing delivered twice");
        }
        Instant closed = Instant.now();
        fake.userSends(42, "sau khi dừng");
        Thread.sleep(500);
        assertFalse(fake.requests("getUpdates").stream().anyMatch(r -> r.at().isAfter(closed)),
                "no polling after close");
        assertEquals(1, fake.pendingUpdates(), "left for the next poller, unconfirmed");
    }

    @Test
    void longPollingRecoversFromAFailedGetUpdates() throws Exception {
        fake.failNext("getUpdates", 1, 502);
        List<Update> received = Collections.synchronizedList(new ArrayList<>());
        try (Polling polling = new Polling(received::add)) {
            fake.userSends(42, "còn đó không?");
            awaitTrue(() -> received.size() == 1);
            assertEquals(502, fake.requests("getUpdates").get(0).status());
        }
    }

    /**
     * A long-polling application stopped the way the service must stop it: close() only cancels the schedule, so the
     * poller thread (the app's ScheduledExecutorService, never shut down by the library) and the in-flight 50-second
     * getUpdates are ours to end: cancel the OkHttp calls, then shut the executor down.
     */
    private final class Polling implements AutoCloseable {
        interface Handler {
            void handle(Update update) throws TelegramApiException;
        }

        private final OkHttpClient http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "test-telegram-poller");
            t.setDaemon(true);
            return t;
        });
        private final TelegramBotsLongPollingApplication app =
                new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);

        Polling(Handler handler) throws TelegramApiException {
            app.registerBot(fake.token(), () -> url, new DefaultGetUpdatesGenerator(),
                    new DefaultLongPollingUpdateConsumer() {
                        @Override
                        public void consume(Update update) {
                            try {
                                handler.handle(update);
                            } catch (TelegramApiException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    });
        }

        @Override
        public void close() throws Exception {
            app.close();
            http.dispatcher().cancelAll();
            poller.shutdownNow();
            assertTrue(poller.awaitTermination(5, TimeUnit.SECONDS), "poller thread stopped");
            http.connectionPool().evictAll();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static SendMessage html(long chatId, String text, InlineKeyboardMarkup markup) {
        return SendMessage.builder().chatId(Long.toString(chatId)).text(text).parseMode("HTML").replyMarkup(markup)
                .build();
    }

    private static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }

    private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(buttons)).build();
    }

    private void assertBadRequest(String description,
                                  org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<?> method) {
        TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> client.execute(method));
        assertEquals(400, e.getErrorCode());
        assertEquals(description, e.getApiResponse());
    }

    private void assertDoesNotFail(SendMessage method) {
        try {
            client.execute(method);
        } catch (TelegramApiException e) {
            throw new AssertionError("refused: " + e, e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(request(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String path, String form) {
        return HttpClient.newHttpClient().sendAsync(request(path, "application/x-www-form-urlencoded", form),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(fake.url() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
