package vn.nhacviec.bot.store;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.MessageMemory;
import vn.nhacviec.store.Jdbc;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Remembers what each bot message listed, so "xong" as a reply knows which deadline it means. */
@Singleton
public class BotMessageStore implements MessageMemory {

    public record Remembered(MessageMemo memo, Instant sentAt) {
    }

    private final BotMessageRepository messages;
    private final Jdbc jdbc;
    private final Clock clock;

    public BotMessageStore(BotMessageRepository messages, io.micronaut.data.jdbc.runtime.JdbcOperations jdbc, Clock clock) {
        this.messages = messages;
        this.jdbc = new Jdbc(jdbc);
        this.clock = clock;
    }

    /**
     * One statement, in the caller's transaction if there is one, else on its own (autocommit): every bot
     * answer writes a memo after it was sent, and a transaction around a single INSERT only added three
     * round trips (autocommit off, commit, autocommit on). The unique (chat_id, message_id) keeps the
     * first memo of a message.
     */
    @Override
    @Connectable
    public void remember(long chatId, long messageId, MessageMemo memo) {
        String ids = memo.items().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        jdbc.insertUnlessDuplicate("INSERT INTO bot_message (chat_id, message_id, officer_id, kind, deadline_ids, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", chatId, messageId, memo.officerId(), memo.kind().name(),
                ids.isEmpty() ? null : ids, Jdbc.stored(clock.instant()));
    }

    /** What an edited message lists now (a list paged in place): replaces what was remembered of it. */
    @Transactional
    public void rememberAgain(long chatId, long messageId, MessageMemo memo) {
        messages.findByChatIdAndMessageId(chatId, messageId).ifPresent(messages::delete);
        remember(chatId, messageId, memo);
    }

    @Transactional
    public Optional<Remembered> find(long chatId, long messageId) {
        return messages.findByChatIdAndMessageId(chatId, messageId).map(r -> new Remembered(
                new MessageMemo(MessageMemo.Kind.valueOf(r.kind()), r.officerId(), ids(r.deadlineIds())), r.sentAt()));
    }

    /** "1:41,2:57": list number → deadline id. */
    private static Map<Integer, Long> ids(String text) {
        Map<Integer, Long> items = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return items;
        }
        for (String pair : text.split(",")) {
            String[] parts = pair.strip().split(":");
            if (parts.length == 2) {
                items.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        }
        return items;
    }
}
