package vn.nhacviec.reminder.outbox;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.bot.TelegramFailure;
import vn.nhacviec.bot.TelegramGateway;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.Roster;
import vn.nhacviec.reminder.QuietHours;
import vn.nhacviec.reminder.ReminderPolicyConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Sends what waits in the outbox, within Telegram's limits and the quiet hours: 429 waits the
 * retry_after, 5xx and time-outs back off exponentially, 403 (the officer blocked the bot) marks
 * the officer unreachable and tells the office. Runs as a clustered job that never runs twice at
 * once, so each message is sent by one instance and the rate limits hold for the bot as a whole.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 8;

    private final OutboxStore outbox;
    private final TelegramGateway gateway;
    private final BotMessageStore memory;
    private final Roster roster;
    private final Clock clock;
    private final QuietHours quietHours;
    private final Pacer pacer;

    public OutboxDispatcher(OutboxStore outbox, @Nullable TelegramGateway gateway, BotMessageStore memory, Roster roster,
                            Clock clock, ReminderPolicyConfig config) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.memory = memory;
        this.roster = roster;
        this.clock = clock;
        this.quietHours = config.quietHours();
        this.pacer = new Pacer(config.rateLimits().perSecond(), config.rateLimits().perChatPerSecond(), clock,
                d -> Thread.sleep(Math.max(1, d.toMillis())));
    }

    /** Sends for at most {@code budget}; returns how many messages went out. */
    public synchronized int drain(Duration budget) {
        if (gateway == null) {
            return 0;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!quietHours.allows(now.toLocalTime())) {
            return 0;
        }
        outbox.recoverInterrupted();
        outbox.markStale(now.toLocalDate());
        Instant until = clock.instant().plus(budget);
        int sent = 0;
        while (clock.instant().isBefore(until)) {
            List<OutboxMessage> batch = outbox.due(200);
            if (batch.isEmpty()) {
                break;
            }
            for (OutboxMessage message : batch) {
                if (!clock.instant().isBefore(until) || !quietHours.allows(ZonedDateTime.now(clock).toLocalTime())) {
                    return sent;
                }
                try {
                    sent += send(message) ? 1 : 0;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sent;
                }
            }
        }
        return sent;
    }

    private boolean send(OutboxMessage message) throws InterruptedException {
        Optional<Long> chat = message.officerId() == null ? Optional.empty() : roster.chatOf(message.officerId());
        if (chat.isEmpty() || chat.get() == null) {
            // Not linked (or blocked the bot): the office's digest lists what they miss; retry after they link.
            outbox.retryAt(message.id(), clock.instant().plus(Duration.ofHours(1)), "officer not reachable on Telegram");
            return false;
        }
        if (!outbox.claim(message.id())) {
            return false;
        }
        pacer.acquire(chat.get());
        try {
            long telegramId = gateway.send(chat.get(), message.reply(), null);
            outbox.sent(message.id(), telegramId);
            memory.remember(chat.get(), telegramId, message.memo());
            return true;
        } catch (TelegramFailure failure) {
            handle(message, failure);
            return false;
        }
    }

    private void handle(OutboxMessage message, TelegramFailure failure) {
        int attempts = message.attempts() + 1;
        if (failure.isRateLimited()) {
            Duration wait = Duration.ofSeconds(failure.retryAfterSeconds() == null ? 1 : failure.retryAfterSeconds());
            pacer.pause(wait);
            outbox.retryAt(message.id(), clock.instant().plus(wait), failure.getMessage());
        } else if (failure.errorCode() == 403) {
            outbox.failed(message.id(), failure.getMessage());
            roster.markUnreachable(message.officerId(), "Telegram: " + failure.getMessage())
                    .ifPresent(o -> tellOffice(o, message));
        } else if (failure.isPermanent() || attempts >= MAX_ATTEMPTS) {
            outbox.failed(message.id(), failure.getMessage());
            LOG.warn("outbox message {} failed for good: {}", message.id(), failure.getMessage());
        } else {
            Duration backoff = Duration.ofSeconds(Math.min(600, 1L << Math.min(attempts, 10)));
            outbox.retryAt(message.id(), clock.instant().plus(backoff), failure.getMessage());
        }
    }

    /** The office officers of the commune learn that someone no longer receives reminders. */
    private void tellOffice(Officer blocked, OutboxMessage message) {
        if (message.communeId() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (Roster.LinkedOrNot member : roster.members(message.communeId())) {
            if (member.officer().role() == vn.nhacviec.directory.Role.OFFICE && member.chatId() != null) {
                outbox.enqueue(new NewOutboxMessage("blocked:" + blocked.id() + ":" + today + ":to:" + member.officer().id(),
                        message.communeId(), member.officer().id(), NewOutboxMessage.NOTICE, null,
                        new vn.nhacviec.bot.text.Reply("📵 Không gửi được tin nhắc cho đồng chí <b>"
                                + vn.nhacviec.bot.text.Html.escape(blocked.name()) + "</b>: tài khoản Telegram đã chặn bot. "
                                + "Đề nghị đồng chí nhắc cán bộ mở lại bot và gửi /start để nhận tin."),
                        vn.nhacviec.bot.MessageMemo.none()));
            }
        }
    }
}
