package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Telegram Bot API, for tests that run the real TelegramBots library against it.
 * <p>
 * Point the library at it with {@code new TelegramUrl("http", "127.0.0.1", fake.port(), false)} and the token
 * {@link #token()}. The fake answers like Telegram (same JSON, same error codes and descriptions, 429 with
 * retry_after, 409 for competing pollers), lets the test act as users ({@link #userSends}, {@link #userPresses} …) and
 * records what the bot did ({@link #sentTo}, {@link #awaitMessage}, {@link #edits}, {@link #requests} …).
 * <p>
 * Flood control is ON by default (30 messages/s overall, 1 message/s per chat, counted on sendMessage, sendDocument
 * and editMessageText), because the service must pace itself against the real thing; switch it off with
 * {@link #enforceRateLimits(boolean)} in tests that are not about pacing.
 * <p>
 * Thread-safe. {@link #close()} ends pending long polls, stops the server and its threads.
 */
public final class FakeTelegram implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-token";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Conversations state;
    private final UpdateQueue updates = new UpdateQueue();
    private final Throttle throttle = new Throttle();
    private final UserActions users;

    private FakeTelegram() throws IOException {
        state = new Conversations(new ObjectMapper());
        users = new UserActions(state, updates);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new BotApi(TOKEN, state, updates, throttle));
        // unbounded because each long poll holds a thread for up to its timeout; daemon so a forgotten close()
        // cannot keep a test JVM alive
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "fake-telegram-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
    }

    /** Starts a fake on a free port of 127.0.0.1. */
    public static FakeTelegram start() {
        try {
            FakeTelegram fake = new FakeTelegram();
            fake.server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "http://127.0.0.1:PORT" */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The only token the fake accepts; any other gets 401 Unauthorized. */
    public String token() {
        return TOKEN;
    }

    public long botId() {
        return Conversations.BOT_ID;
    }

    public String botUsername() {
        return Conversations.BOT_USERNAME;
    }

    // ---- acting as users ------------------------------------------------------------------------------------

    /** A user writes text to the bot in their private chat (chat id = user id); returns the update_id. */
    public long userSends(long userId, String text) {
        return users.sends(userId, text);
    }

    /** A user replies to a message the bot sent them; reply_to_message is that message as it is now. */
    public long userReplies(long userId, int replyToMessageId, String text) {
        return users.replies(userId, replyToMessageId, text);
    }

    /**
     * A user presses the inline button carrying callbackData on a bot message (it must be on the message now, as
     * Telegram only delivers presses of existing buttons). Returns the callback query id for answeredCallbacks().
     */
    public String userPresses(long userId, int messageId, String callbackData) {
        return users.presses(userId, messageId, callbackData);
    }

    /**
     * A user presses a button that does not exist: {@code callbackData} on one of the bot's messages in their chat,
     * as a modified client could send. Returns the callback query id.
     */
    public String userPressesCrafted(long userId, int messageId, String callbackData) {
        return users.pressesCrafted(userId, messageId, callbackData);
    }

    /** A user writes text in a group chat (negative id, type "supergroup"); the bot's answers go to that chat. */
    public long userSendsInGroup(long userId, long groupChatId, String text) {
        return users.sendsInGroup(userId, groupChatId, text);
    }

    /** A user sends a file; getFile and the download path then serve it. Returns the update_id. */
    public long userSendsDocument(long userId, String fileName, byte[] bytes) {
        return users.sendsDocument(userId, fileName, bytes, null);
    }

    /**
     * A user sends a file Telegram reports as {@code declaredSize} bytes (e.g. 25 MB) without the test holding that
     * many: getFile answers 400 "Bad Request: file is too big" above 20 MB, as Telegram does for bots.
     */
    public long userSendsDocument(long userId, String fileName, byte[] bytes, long declaredSize) {
        return users.sendsDocument(userId, fileName, bytes, null, declaredSize);
    }

    /** A user sends a photo, with a caption (or null), in reply to a bot message (or null). Returns the update_id. */
    public long userSendsPhoto(long userId, byte[] bytes, String caption, Integer replyToMessageId) {
        return users.sendsPhoto(userId, bytes, caption, replyToMessageId);
    }

    /** A user sends a file with a caption (or null), in reply to a bot message (or null). Returns the update_id. */
    public long userSendsDocument(long userId, String fileName, byte[] bytes, String caption, Integer replyToMessageId) {
        return users.sendsDocumentWithCaption(userId, fileName, bytes, caption, replyToMessageId);
    }

    /**
     * Makes a chat known without a message, as if the user had started the bot earlier. The bot may only write to
     * known chats: others get 400 "Bad Request: chat not found", as on Telegram.
     */
    public void knowChat(long chatId) {
        state.knowChat(chatId);
    }

    /** The user blocked the bot: every send to the chat gets 403 "Forbidden: bot was blocked by the user". */
    public void markBlocked(long chatId) {
        state.knowChat(chatId);
        state.block(chatId, true);
    }

    public void unblock(long chatId) {
        state.block(chatId, false);
    }

    /** A file Telegram already has (for getFile / download / sendDocument by file_id); returns its file_id. */
    public String registerFile(String fileName, byte[] bytes) {
        return state.storeFile(fileName, bytes).fileId();
    }

    // ---- what the bot did -----------------------------------------------------------------------------------

    public List<SentMessage> sentTo(long chatId) {
        return state.sentTo(chatId);
    }

    public List<SentMessage> allSent() {
        return state.allSent();
    }

    /** The first message the bot sent to this chat, waiting for it; AssertionError listing what was sent. */
    public SentMessage awaitMessage(long chatId, Duration timeout) {
        return state.awaitMessages(chatId, 1, timeout).get(0);
    }

    /** The first count messages to this chat, waiting until there are that many. */
    public List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) {
        return state.awaitMessages(chatId, count, timeout);
    }

    /** The message after those already seen: waits until the chat has more than alreadySeen messages. */
    public SentMessage awaitNextMessage(long chatId, int alreadySeen, Duration timeout) {
        return state.awaitMessages(chatId, alreadySeen + 1, timeout).get(alreadySeen);
    }

    public List<SentDocument> sentDocuments() {
        return state.documents();
    }

    public List<MessageEdit> edits() {
        return state.edits();
    }

    public List<AnsweredCallback> answeredCallbacks() {
        return state.answers();
    }

    /** Command names of the last setMyCommands, in order. */
    public List<String> commands() {
        return state.commands().stream().map(CommandEntry::command).toList();
    }

    public List<CommandEntry> commandEntries() {
        return state.commands();
    }

    /** The current webhook, null when none is set. */
    public WebhookRegistration webhook() {
        return state.webhook();
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /** Every answered request in arrival order. */
    public List<RequestRecord> requests() {
        return state.requests();
    }

    /** Requests of one method (Telegram's spelling, case-insensitive). */
    public List<RequestRecord> requests(String method) {
        return state.requests().stream().filter(r -> r.method().equalsIgnoreCase(method)).toList();
    }

    // ---- flood control and faults ---------------------------------------------------------------------------

    public void enforceRateLimits(boolean on) {
        throttle.enforce(on);
    }

    /** Messages per second allowed overall and per chat (defaults 30 and 1). */
    public void rateLimits(int overallPerSecond, int perChatPerSecond) {
        throttle.limits(overallPerSecond, perChatPerSecond);
    }

    /** The next count calls of any method but getUpdates fail with this HTTP status (e.g. 500, 502). */
    public void failNext(int count, int status) {
        throttle.addFaults(null, count, status, null);
    }

    /** The next count calls of this method (e.g. "getUpdates") fail with this status. */
    public void failNext(String method, int count, int status) {
        throttle.addFaults(method, count, status, null);
    }

    /** The next count calls of any method but getUpdates get 429 with parameters.retry_after = retryAfterSeconds. */
    public void tooManyRequestsNext(int count, int retryAfterSeconds) {
        throttle.addFaults(null, count, 429, retryAfterSeconds);
    }

    public void tooManyRequestsNext(String method, int count, int retryAfterSeconds) {
        throttle.addFaults(method, count, 429, retryAfterSeconds);
    }

    public void clearFaults() {
        throttle.clearFaults();
    }

    /** Every call but getUpdates is answered only after this delay (a slow Telegram); zero to stop. */
    public void delayRequests(Duration delay) {
        throttle.delay(delay);
    }

    /**
     * Every call but getUpdates is answered this long after it arrived, as across the network to Telegram (about
     * 80 ms from Vietnam); flood control counts it on arrival. Zero (the default) answers at once.
     */
    public void roundTrip(Duration roundTrip) {
        throttle.roundTrip(roundTrip);
    }

    @Override
    public void close() {
        updates.close(); // answers waiting long polls at once instead of after their timeout
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake Telegram threads did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
