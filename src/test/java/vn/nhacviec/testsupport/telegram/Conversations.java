package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the fake remembers: chats and their message numbering, the current state of every message (as the JSON
 * Telegram would send for it), what the bot sent, edited and answered, files, commands and the webhook.
 * One monitor guards it all; the volumes in tests are tiny and one lock keeps "record, then wake the waiters" simple.
 */
final class Conversations {
    static final long BOT_ID = 123456L;
    static final String BOT_USERNAME = "nhacviec_test_bot";

    /** {@code declaredSize} is what Telegram reports (file_size); it differs from bytes.length only for "huge" test files. */
    record StoredFile(String fileId, String fileUniqueId, String fileName, byte[] bytes, String filePath, long declaredSize) {
    }

    final ObjectMapper json;
    private final Set<Long> knownChats = new HashSet<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Map<Long, Integer> lastMessageId = new HashMap<>();
    private final Map<String, ObjectNode> messages = new HashMap<>();
    private final Map<String, Boolean> callbackQueries = new HashMap<>(); // id -> answered
    private final Map<String, StoredFile> files = new HashMap<>();
    private final List<SentMessage> sent = new ArrayList<>();
    private final List<SentDocument> documents = new ArrayList<>();
    private final List<MessageEdit> edits = new ArrayList<>();
    private final List<AnsweredCallback> answers = new ArrayList<>();
    private final List<RequestRecord> requests = new ArrayList<>();
    private List<CommandEntry> commands = List.of();
    private WebhookRegistration webhook;
    private int fileCounter;

    Conversations(ObjectMapper json) {
        this.json = json;
    }

    // ---- Telegram objects -------------------------------------------------------------------------------------

    ObjectNode botUser() {
        return json.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Nhắc việc (test)")
                .put("username", BOT_USERNAME).put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    ObjectNode user(long userId) {
        return json.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "User" + userId)
                .put("language_code", "vi");
    }

    ObjectNode privateChat(long userId) {
        return json.createObjectNode().put("id", userId).put("first_name", "User" + userId).put("type", "private");
    }

    /** A message skeleton with the next id of this chat (user and bot share the numbering of a private chat). */
    synchronized ObjectNode newMessage(long chatId, ObjectNode from) {
        int id = lastMessageId.merge(chatId, 1, Integer::sum);
        ObjectNode message = json.createObjectNode();
        message.put("message_id", id);
        message.set("from", from);
        message.set("chat", privateChat(chatId));
        message.put("date", Instant.now().getEpochSecond());
        return message;
    }

    static ArrayNode entitiesJson(ObjectMapper json, List<TelegramText.Entity> entities) {
        ArrayNode array = json.createArrayNode();
        for (TelegramText.Entity e : entities) {
            ObjectNode node = array.addObject().put("offset", e.offset()).put("length", e.length()).put("type", e.type());
            if (e.url() != null) {
                node.put("url", e.url());
            }
        }
        return array;
    }

    // ---- chats ----------------------------------------------------------------------------------------------

    synchronized void knowChat(long chatId) {
        knownChats.add(chatId);
    }

    synchronized void block(long chatId, boolean isBlocked) {
        if (isBlocked) {
            blocked.add(chatId);
        } else {
            blocked.remove(chatId);
        }
    }

    /** Telegram's answers for a chat the bot may not write to. */
    synchronized void checkCanWrite(long chatId) {
        if (blocked.contains(chatId)) {
            throw new BotApiException(403, "Forbidden: bot was blocked by the user");
        }
        if (!knownChats.contains(chatId)) {
            throw BotApiException.badRequest("chat not found");
        }
    }

    // ---- messages --------------------------------------------------------------------------------------------

    private static String key(long chatId, int messageId) {
        return chatId + ":" + messageId;
    }

    synchronized void storeMessage(ObjectNode message) {
        messages.put(key(message.get("chat").get("id").asLong(), message.get("message_id").asInt()), message);
    }

    /** The current state of a message, a copy so callers may embed it. */
    synchronized ObjectNode message(long chatId, int messageId) {
        ObjectNode m = messages.get(key(chatId, messageId));
        return m == null ? null : m.deepCopy();
    }

    synchronized ObjectNode botMessageOrFail(long chatId, int messageId) {
        ObjectNode m = message(chatId, messageId);
        if (m == null || !m.get("from").get("is_bot").asBoolean()) {
            throw new AssertionError("the bot sent no message " + messageId + " to chat " + chatId + "; sent: "
                    + sentTo(chatId));
        }
        return m;
    }

    synchronized void recordSent(SentMessage message) {
        sent.add(message);
        notifyAll();
    }

    synchronized void recordDocument(SentDocument document) {
        documents.add(document);
        notifyAll();
    }

    synchronized void recordEdit(MessageEdit edit) {
        edits.add(edit);
        notifyAll();
    }

    synchronized List<SentMessage> sentTo(long chatId) {
        return sent.stream().filter(m -> m.chatId() == chatId).toList();
    }

    synchronized List<SentMessage> allSent() {
        return List.copyOf(sent);
    }

    synchronized List<SentDocument> documents() {
        return List.copyOf(documents);
    }

    synchronized List<MessageEdit> edits() {
        return List.copyOf(edits);
    }

    /** Blocks until at least count messages went to this chat; AssertionError listing what was sent otherwise. */
    synchronized List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Predicate<List<SentMessage>> enough = list -> list.size() >= count;
        while (!enough.test(sentTo(chatId))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " message(s) to chat " + chatId + " within " + timeout
                        + "; sent to it: " + sentTo(chatId) + "; all sent: " + sent);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for messages to chat " + chatId, e);
            }
        }
        return sentTo(chatId).subList(0, count);
    }

    // ---- callbacks -------------------------------------------------------------------------------------------

    synchronized void openCallbackQuery(String id) {
        callbackQueries.put(id, false);
    }

    /** answerCallbackQuery: each query can be answered once, unknown ids are refused like expired ones. */
    synchronized void answer(AnsweredCallback answer) {
        Boolean answered = callbackQueries.get(answer.callbackQueryId());
        if (answered == null || answered) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        callbackQueries.put(answer.callbackQueryId(), true);
        answers.add(answer);
        notifyAll();
    }

    synchronized List<AnsweredCallback> answers() {
        return List.copyOf(answers);
    }

    // ---- files -----------------------------------------------------------------------------------------------

    synchronized StoredFile storeFile(String fileName, byte[] bytes) {
        return storeFile(fileName, bytes, bytes.length);
    }

    synchronized StoredFile storeFile(String fileName, byte[] bytes, long declaredSize) {
        int n = ++fileCounter;
        String extension = fileName != null && fileName.contains(".")
                ? fileName.substring(fileName.lastIndexOf('.')) : "";
        StoredFile file = new StoredFile("BQACAgIAAxkBAAI" + n + "fake", "AgAD" + n, fileName, bytes.clone(),
                "documents/file_" + n + extension, declaredSize);
        files.put(file.fileId(), file);
        return file;
    }

    synchronized StoredFile file(String fileId) {
        return files.get(fileId);
    }

    synchronized StoredFile fileByPath(String path) {
        return files.values().stream().filter(f -> f.filePath().equals(path)).findFirst().orElse(null);
    }

    // ---- bot settings and request log -------------------------------------------------------------------------

    synchronized void commands(List<CommandEntry> list) {
        commands = List.copyOf(list);
    }

    synchronized List<CommandEntry> commands() {
        return commands;
    }

    synchronized void webhook(WebhookRegistration registration) {
        webhook = registration;
    }

    synchronized WebhookRegistration webhook() {
        return webhook;
    }

    synchronized void log(RequestRecord record) {
        requests.add(record);
    }

    synchronized List<RequestRecord> requests() {
        return List.copyOf(requests);
    }
}
