package vn.nhacviec.bot.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.bot.MessageMemo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Remembers what each bot message listed, so "xong" as a reply knows which deadline it means. */
@Singleton
public class BotMessageStore {

    public record Remembered(MessageMemo memo, Instant sentAt) {
    }

    private final BotMessageRepository messages;
    private final Clock clock;

    public BotMessageStore(BotMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public void remember(long chatId, long messageId, MessageMemo memo) {
        if (messages.findByChatIdAndMessageId(chatId, messageId).isPresent()) {
            return;
        }
        String ids = memo.deadlineIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        messages.save(new BotMessageRecord(null, chatId, messageId, memo.officerId(), memo.kind().name(),
                ids.isEmpty() ? null : ids, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    @Transactional
    public Optional<Remembered> find(long chatId, long messageId) {
        return messages.findByChatIdAndMessageId(chatId, messageId).map(r -> new Remembered(
                new MessageMemo(MessageMemo.Kind.valueOf(r.kind()), r.officerId(), ids(r.deadlineIds())), r.sentAt()));
    }

    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Long::parseLong).toList();
    }
}
