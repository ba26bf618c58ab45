package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The HTTP side: {@code /bot{token}/{method}} (method case-insensitive, as on Telegram) and
 * {@code /file/bot{token}/{file_path}}. Every answer is {@code {"ok":true,"result":…}} or Telegram's error object with
 * the HTTP status equal to error_code. Order of checks per call: token, injected delay and fault, the method's own
 * validation, the chat (unknown/blocked), flood control, then the effect is recorded.
 */
final class BotApi implements HttpHandler {
    private static final Map<String, String> CANONICAL = Stream.of("getMe", "getUpdates", "sendMessage",
                    "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands",
                    "getMyCommands", "deleteMyCommands", "setWebhook", "deleteWebhook", "getWebhookInfo",
                    "sendDocument", "getFile", "sendChatAction")
            .collect(Collectors.toMap(m -> m.toLowerCase(Locale.ROOT), Function.identity()));
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String NOT_MODIFIED = "message is not modified: specified new message content and reply "
            + "markup are exactly the same as a current content and reply markup of the message";

    private final String token;
    private final ObjectMapper json;
    private final Conversations state;
    private final UpdateQueue updates;
    private final Throttle throttle;

    BotApi(String token, Conversations state, UpdateQueue updates, Throttle throttle) {
        this.token = token;
        this.json = state.json;
        this.state = state;
        this.updates = updates;
        this.throttle = throttle;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        long arrived = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        String method = path;
        Long chatId = null;
        try {
            if (path.startsWith("/file/bot")) {
                serveFile(exchange, path.substring("/file/bot".length()));
                return;
            }
            String[] segments = path.split("/");
            // "", "bot<token>", "<method>" — a token contains ':' but never '/'
            if (segments.length != 3 || !segments[1].startsWith("bot")) {
                throw new BotApiException(404, "Not Found");
            }
            if (!segments[1].substring(3).equals(token)) {
                throw new BotApiException(401, "Unauthorized");
            }
            method = CANONICAL.getOrDefault(segments[2].toLowerCase(Locale.ROOT), segments[2]);
            RequestParams params = RequestParams.parse(exchange, json);
            chatId = quietChatId(params);
            if (!method.equals("getUpdates")) {
                Duration delay = throttle.delay();
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
            }
            throttle.injectFault(method);
            JsonNode result = call(method, params, arrived);
            ObjectNode body = json.createObjectNode().put("ok", true);
            body.set("result", result);
            // logged before answering: once the client has its answer, requests() already shows the call
            state.log(new RequestRecord(at, method, chatId, 200, null));
            awaitRoundTrip(method, arrived);
            respond(exchange, 200, body);
        } catch (BotApiException e) {
            ObjectNode body = json.createObjectNode().put("ok", false).put("error_code", e.status)
                    .put("description", e.description);
            if (e.retryAfter != null) {
                body.putObject("parameters").put("retry_after", e.retryAfter);
            }
            state.log(new RequestRecord(at, method, chatId, e.status, e.description));
            awaitRoundTrip(method, arrived);
            respond(exchange, e.status, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the fake is closing
        } catch (RuntimeException e) {
            // a bug in the fake or an unexpected request shape: make it loud in the bot's logs and in the request log
            String description = "Internal Server Error: fake Telegram failed: " + e;
            state.log(new RequestRecord(at, method, chatId, 500, description));
            respond(exchange, 500, json.createObjectNode().put("ok", false).put("error_code", 500)
                    .put("description", description));
        } finally {
            exchange.close();
        }
    }

    /**
     * The network's share of a call: the answer leaves {@link Throttle#roundTrip()} after the request arrived.
     * Flood control counts the request when it arrives, as Telegram's servers do, half a round trip after the
     * bot sent it; a constant latency shifts every count alike, so the windows are the bot's own.
     */
    private void awaitRoundTrip(String method, long arrived) {
        long roundTrip = throttle.roundTrip().toNanos();
        if (roundTrip == 0 || method.equals("getUpdates")) {
            return;
        }
        long left = arrived + roundTrip - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();   // the fake is closing: answer at once
            }
        }
    }

    private JsonNode call(String method, RequestParams p, long arrived) throws InterruptedException {
        return switch (method) {
            case "getMe" -> state.botUser();
            case "getUpdates" -> getUpdates(p);
            case "sendMessage" -> sendMessage(p, arrived);
            case "editMessageText" -> editMessage(p, true, arrived);
            case "editMessageReplyMarkup" -> editMessage(p, false, arrived);
            case "answerCallbackQuery" -> answerCallbackQuery(p);
            case "setMyCommands" -> setMyCommands(p);
            case "getMyCommands" -> commandsJson();
            case "deleteMyCommands" -> {
                state.commands(List.of());
                yield BooleanNode.TRUE;
            }
            case "setWebhook" -> setWebhook(p);
            case "deleteWebhook" -> {
                state.webhook(null);
                if (p.bool("drop_pending_updates")) {
                    updates.dropAll();
                }
                yield BooleanNode.TRUE;
            }
            case "getWebhookInfo" -> webhookInfo();
            case "sendDocument" -> sendDocument(p, arrived);
            case "getFile" -> getFile(p);
            case "sendChatAction" -> {
                state.checkCanWrite(requiredChat(p));
                yield BooleanNode.TRUE;
            }
            default -> throw new BotApiException(404, "Not Found: method not found");
        };
    }

    private JsonNode getUpdates(RequestParams p) throws InterruptedException {
        long offset = Objects.requireNonNullElse(p.longValue("offset"), 0L);
        int limit = Math.max(1, Math.min(100, Objects.requireNonNullElse(p.intValue("limit"), 100)));
        int timeout = Math.max(0, Objects.requireNonNullElse(p.intValue("timeout"), 0));
        ArrayNode result = json.createArrayNode();
        updates.poll(offset, limit, timeout, state.webhook() != null).forEach(result::add);
        return result;
    }

    private JsonNode sendMessage(RequestParams p, long arrived) {
        long chatId = requiredChat(p);
        String parseMode = p.text("parse_mode");
        TelegramText.Parsed parsed = TelegramText.messageText(p.text("text"), parseMode);
        JsonNode markup = p.json("reply_markup");
        List<List<Button>> keyboard = TelegramText.inlineKeyboard(markup);
        Integer replyTo = replyTo(p);
        state.checkCanWrite(chatId);
        ObjectNode original = replyTo == null ? null : state.message(chatId, replyTo);
        if (replyTo != null && original == null && !allowsNoReply(p)) {
            throw BotApiException.badRequest("message to be replied not found");
        }
        throttle.admit(chatId, arrived);
        ObjectNode message = state.newMessage(chatId, state.botUser());
        message.put("text", parsed.plain());
        setEntities(message, "entities", parsed);
        setInlineMarkup(message, markup, keyboard);
        if (original != null) {
            original.remove("reply_to_message");
            message.set("reply_to_message", original);
        }
        state.storeMessage(message);
        state.recordSent(new SentMessage(message.get("message_id").asInt(), chatId, p.text("text"), parsed.plain(),
                parseMode, replyTo, keyboard, Instant.now()));
        return message;
    }

    /**
     * editMessageText / editMessageReplyMarkup on a bot message. As on Telegram, an edit without reply_markup removes
     * the inline keyboard, and an edit that changes nothing is refused with "message is not modified".
     */
    private JsonNode editMessage(RequestParams p, boolean withText, long arrived) {
        if (p.has("inline_message_id")) {
            throw BotApiException.badRequest("inline messages are not modelled by the fake");
        }
        long chatId = requiredChat(p);
        Integer messageId = p.intValue("message_id");
        if (messageId == null) {
            throw BotApiException.badRequest("message identifier is not specified");
        }
        String parseMode = withText ? p.text("parse_mode") : null;
        TelegramText.Parsed parsed = withText ? TelegramText.messageText(p.text("text"), parseMode) : null;
        JsonNode markup = p.json("reply_markup");
        List<List<Button>> keyboard = TelegramText.inlineKeyboard(markup);
        state.checkCanWrite(chatId);
        ObjectNode current = state.message(chatId, messageId);
        if (current == null) {
            throw BotApiException.badRequest("message to edit not found");
        }
        if (!current.path("from").path("is_bot").asBoolean()) {
            throw BotApiException.badRequest("message can't be edited");
        }
        ObjectNode edited = current.deepCopy();
        if (withText) {
            edited.put("text", parsed.plain());
            setEntities(edited, "entities", parsed);
        }
        setInlineMarkup(edited, markup, keyboard);
        edited.remove("edit_date");
        current.remove("edit_date");
        if (edited.equals(current)) {
            throw BotApiException.badRequest(NOT_MODIFIED);
        }
        if (withText) {
            throttle.admit(chatId, arrived);
        }
        edited.put("edit_date", Instant.now().getEpochSecond());
        state.storeMessage(edited);
        state.recordEdit(new MessageEdit(withText ? "editMessageText" : "editMessageReplyMarkup", chatId, messageId,
                withText ? p.text("text") : null, withText ? parsed.plain() : null, parseMode, keyboard,
                Instant.now()));
        return edited;
    }

    private JsonNode answerCallbackQuery(RequestParams p) {
        String id = p.text("callback_query_id");
        if (id == null || id.isEmpty()) {
            throw BotApiException.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        state.answer(new AnsweredCallback(id, p.text("text"), p.bool("show_alert"), p.text("url"), Instant.now()));
        return BooleanNode.TRUE;
    }

    /** Only the default scope and language are modelled: every call replaces the one list. */
    private JsonNode setMyCommands(RequestParams p) {
        JsonNode commands = p.json("commands");
        if (commands == null || !commands.isArray()) {
            throw BotApiException.badRequest("parameter \"commands\" is required");
        }
        List<CommandEntry> list = new ArrayList<>();
        for (JsonNode c : commands) {
            String name = c.path("command").asText("");
            String description = c.path("description").asText("");
            if (!COMMAND_NAME.matcher(name).matches()) {
                throw BotApiException.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw BotApiException.badRequest("command description is empty or too long");
            }
            list.add(new CommandEntry(name, description));
        }
        state.commands(list);
        return BooleanNode.TRUE;
    }

    private JsonNode commandsJson() {
        ArrayNode array = json.createArrayNode();
        state.commands().forEach(c -> array.addObject().put("command", c.command()).put("description", c.description()));
        return array;
    }

    private JsonNode setWebhook(RequestParams p) {
        String url = p.text("url");
        if (url == null || url.isEmpty()) {
            state.webhook(null); // Telegram: setWebhook with an empty url removes the webhook
            return BooleanNode.TRUE;
        }
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw BotApiException.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = p.text("secret_token");
        if (secret != null && !SECRET_TOKEN.matcher(secret).matches()) {
            throw BotApiException.badRequest("secret token contains unallowed characters");
        }
        List<String> allowed = new ArrayList<>();
        JsonNode allowedJson = p.json("allowed_updates");
        if (allowedJson != null) {
            allowedJson.forEach(a -> allowed.add(a.asText()));
        }
        boolean drop = p.bool("drop_pending_updates");
        if (drop) {
            updates.dropAll();
        }
        state.webhook(new WebhookRegistration(url, secret, List.copyOf(allowed), drop, Instant.now()));
        return BooleanNode.TRUE;
    }

    private JsonNode webhookInfo() {
        WebhookRegistration webhook = state.webhook();
        ObjectNode info = json.createObjectNode();
        info.put("url", webhook == null ? "" : webhook.url());
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", updates.pendingCount());
        if (webhook != null && !webhook.allowedUpdates().isEmpty()) {
            ArrayNode allowed = info.putArray("allowed_updates");
            webhook.allowedUpdates().forEach(allowed::add);
        }
        return info;
    }

    private JsonNode sendDocument(RequestParams p, long arrived) {
        long chatId = requiredChat(p);
        String parseMode = p.text("parse_mode");
        TelegramText.Parsed caption = TelegramText.caption(p.text("caption"), parseMode);
        JsonNode markup = p.json("reply_markup");
        List<List<Button>> keyboard = TelegramText.inlineKeyboard(markup);
        Conversations.StoredFile file = documentOf(p);
        state.checkCanWrite(chatId);
        throttle.admit(chatId, arrived);
        ObjectNode message = state.newMessage(chatId, state.botUser());
        ObjectNode document = message.putObject("document");
        if (file.fileName() != null) {
            document.put("file_name", file.fileName());
        }
        document.put("file_id", file.fileId()).put("file_unique_id", file.fileUniqueId())
                .put("file_size", file.bytes().length);
        if (!caption.plain().isEmpty()) {
            message.put("caption", caption.plain());
            setEntities(message, "caption_entities", caption);
        }
        setInlineMarkup(message, markup, keyboard);
        state.storeMessage(message);
        state.recordDocument(new SentDocument(message.get("message_id").asInt(), chatId, file.fileName(),
                file.bytes().clone(), p.text("caption"), Instant.now()));
        return message;
    }

    /**
     * The uploaded file, or a file_id of a file Telegram already has. TelegramBots uploads a new file as a part named
     * after the file and sets {@code document=attach://<that name>}; a part named "document" is accepted too.
     */
    private Conversations.StoredFile documentOf(RequestParams p) {
        String reference = p.text("document");
        RequestParams.FilePart part = reference != null && reference.startsWith("attach://")
                ? p.file(reference.substring("attach://".length()))
                : p.file("document");
        if (reference != null && reference.startsWith("attach://") && part == null) {
            throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
        }
        if (part != null) {
            if (part.bytes().length == 0) {
                throw BotApiException.badRequest("file must be non-empty");
            }
            return state.storeFile(part.fileName(), part.bytes());
        }
        String fileId = reference;
        if (fileId == null || fileId.isEmpty()) {
            throw BotApiException.badRequest("there is no document in the request");
        }
        Conversations.StoredFile known = state.file(fileId);
        if (known == null) {
            throw BotApiException.badRequest("wrong file identifier/HTTP URL specified");
        }
        return known;
    }

    static final long MAX_DOWNLOAD_BYTES = 20L * 1024 * 1024;

    private JsonNode getFile(RequestParams p) {
        Conversations.StoredFile file = p.text("file_id") == null ? null : state.file(p.text("file_id"));
        if (file == null) {
            throw BotApiException.badRequest("invalid file_id");
        }
        if (file.declaredSize() > MAX_DOWNLOAD_BYTES) {
            throw BotApiException.badRequest("file is too big"); // Telegram's answer above its 20 MB limit for bots
        }
        return json.createObjectNode().put("file_id", file.fileId()).put("file_unique_id", file.fileUniqueId())
                .put("file_size", file.declaredSize()).put("file_path", file.filePath());
    }

    private void serveFile(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        if (slash < 0 || !rest.substring(0, slash).equals(token)) {
            throw new BotApiException(401, "Unauthorized");
        }
        Conversations.StoredFile file = state.fileByPath(rest.substring(slash + 1));
        if (file == null) {
            throw new BotApiException(404, "Not Found");
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, file.bytes().length);
        exchange.getResponseBody().write(file.bytes());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static long requiredChat(RequestParams p) {
        Long chatId = p.longValue("chat_id");
        if (chatId == null) {
            throw BotApiException.badRequest("chat_id is empty");
        }
        return chatId;
    }

    private static Long quietChatId(RequestParams p) {
        try {
            return p.longValue("chat_id");
        } catch (BotApiException e) {
            return null;
        }
    }

    private static Integer replyTo(RequestParams p) {
        JsonNode parameters = p.json("reply_parameters");
        if (parameters != null && parameters.hasNonNull("message_id")) {
            return parameters.get("message_id").asInt();
        }
        return p.intValue("reply_to_message_id");
    }

    private static boolean allowsNoReply(RequestParams p) {
        JsonNode parameters = p.json("reply_parameters");
        return p.bool("allow_sending_without_reply")
                || (parameters != null && parameters.path("allow_sending_without_reply").asBoolean(false));
    }

    private void setEntities(ObjectNode message, String field, TelegramText.Parsed parsed) {
        if (parsed.entities().isEmpty()) {
            message.remove(field);
        } else {
            message.set(field, Conversations.entitiesJson(json, parsed.entities()));
        }
    }

    /** Messages carry only an inline keyboard in reply_markup; reply keyboards are not echoed by Telegram. */
    private void setInlineMarkup(ObjectNode message, JsonNode markup, List<List<Button>> keyboard) {
        if (keyboard.isEmpty() || markup == null) {
            message.remove("reply_markup");
        } else {
            message.putObject("reply_markup").set("inline_keyboard", markup.get("inline_keyboard").deepCopy());
        }
    }

    private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
