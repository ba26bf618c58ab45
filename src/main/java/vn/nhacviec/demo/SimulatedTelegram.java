package vn.nhacviec.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.TelegramFailure;
import vn.nhacviec.messaging.TelegramGateway;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram as the demo plays it when there is no bot token: everything the bot and the outbox
 * send is kept in memory, chat by chat, for the chat simulator page — messages with their inline
 * keyboards, edits in place (a list's next page), files, and the short notice a button press
 * answers with. The conversation and the dispatcher use it exactly as they use the real gateway.
 */
@Singleton
@Requires(property = DemoSettings.SIMULATOR, value = "true")
public class SimulatedTelegram implements TelegramGateway {

    public static final String USERNAME = "nhacviec_demo_bot";
    /** The oldest messages of a chat go once it holds this many (a demo left running for days). */
    static final int KEEP = 400;

    private final Clock clock;
    private final Map<Long, Chat> chats = new HashMap<>();
    private final Map<String, String> answers = new LinkedHashMap<>();
    private Map<String, String> commands = Map.of();

    public SimulatedTelegram(Clock clock) {
        this.clock = clock;
    }

    /** A chat as it stands: {@code version} grows with every change, so a page polls cheaply. */
    public record ChatLog(long chatId, long version, List<ChatMessage> messages) {
    }

    @Override
    public synchronized long send(long chatId, Reply reply, Long replyToMessageId) {
        return chat(chatId).add(id -> new ChatMessage(id, true, reply.html(), reply.keyboard(), replyToMessageId,
                now(), false, null));
    }

    @Override
    public synchronized void edit(long chatId, long messageId, Reply reply) throws TelegramFailure {
        Chat chat = chat(chatId);
        ChatMessage before = chat.find(messageId)
                .orElseThrow(() -> new TelegramFailure(400, null, "Bad Request: message to edit not found"));
        if (before.html().equals(reply.html()) && before.keyboard().equals(reply.keyboard())) {
            return; // as Telegram: "message is not modified", which the port swallows
        }
        chat.replace(new ChatMessage(messageId, true, reply.html(), reply.keyboard(), before.replyTo(), before.at(),
                true, before.attachment()));
    }

    @Override
    public synchronized void answerButton(String callbackId, String text) {
        answers.put(callbackId, text == null ? "" : text);
    }

    @Override
    public synchronized long sendDocument(long chatId, String fileName, byte[] content, String caption) {
        Chat chat = chat(chatId);
        long id = chat.add(n -> new ChatMessage(n, true, caption == null ? "" : escape(caption), List.of(), null, now(),
                false, new ChatMessage.Attachment(fileName, content.length)));
        chat.files.put(id, content.clone());
        return id;
    }

    @Override
    public byte[] download(String fileId) throws TelegramFailure {
        throw new TelegramFailure(400, null, "Bad Request: the chat simulator carries no files from the visitor");
    }

    @Override
    public synchronized void setCommands(Map<String, String> commands) {
        this.commands = Map.copyOf(commands);
    }

    @Override
    public String username() {
        return USERNAME;
    }

    @Override
    public void setWebhook(String url, String secret) {
        // nothing to connect to
    }

    @Override
    public void deleteWebhook() {
        // nothing to connect to
    }

    /** The visitor writes in {@code chatId}; returns the new message's id, as Telegram numbers it. */
    public synchronized long fromVisitor(long chatId, String text, Long replyTo) {
        return chat(chatId).add(id -> new ChatMessage(id, false, escape(text), List.of(), replyTo, now(), false, null));
    }

    /** What the bot answered to button press {@code callbackId} (a short notice), once; empty when nothing. */
    public synchronized String takeAnswer(String callbackId) {
        String text = answers.remove(callbackId);
        return text == null ? "" : text;
    }

    public synchronized ChatLog log(long chatId) {
        Chat chat = chats.get(chatId);
        return chat == null ? new ChatLog(chatId, 0, List.of())
                : new ChatLog(chatId, chat.version, List.copyOf(chat.messages.values()));
    }

    public synchronized Optional<ChatMessage> message(long chatId, long messageId) {
        Chat chat = chats.get(chatId);
        return chat == null ? Optional.empty() : chat.find(messageId);
    }

    /** A file the bot sent in the chat, by its message. */
    public synchronized Optional<byte[]> file(long chatId, long messageId) {
        Chat chat = chats.get(chatId);
        return chat == null ? Optional.empty() : Optional.ofNullable(chat.files.get(messageId)).map(byte[]::clone);
    }

    /** The command menu the bot registered: command → description. */
    public synchronized Map<String, String> commands() {
        return commands;
    }

    private Chat chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> new Chat());
    }

    private LocalTime now() {
        return LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The visitor's plain text as Telegram HTML, so every message of a chat is rendered one way. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private interface Numbered {
        ChatMessage as(long id);
    }

    /** One chat: messages by id (ids shared by both sides, as in Telegram), files, a version. */
    private static final class Chat {
        private final LinkedHashMap<Long, ChatMessage> messages = new LinkedHashMap<>();
        private final Map<Long, byte[]> files = new HashMap<>();
        private long lastId;
        private long version;

        long add(Numbered message) {
            long id = ++lastId;
            messages.put(id, message.as(id));
            while (messages.size() > KEEP) {
                Long oldest = messages.keySet().iterator().next();
                messages.remove(oldest);
                files.remove(oldest);
            }
            version++;
            return id;
        }

        Optional<ChatMessage> find(long id) {
            return Optional.ofNullable(messages.get(id));
        }

        void replace(ChatMessage message) {
            messages.put(message.id(), message);
            version++;
        }
    }
}
