package vn.nhacviec.reminder.outbox;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.TelegramFailure;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.reminder.QuietHours;
import vn.nhacviec.reminder.ReminderPolicyConfig;
import vn.nhacviec.reminder.ReminderTexts;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends what waits in the outbox, within Telegram's limits and the quiet hours: 429 waits the
 * retry_after, 5xx and time-outs back off exponentially, 403 (the officer blocked the bot) marks
 * the officer unreachable and tells the office. Runs as a clustered job that never runs twice at
 * once, and sends only while it holds the dispatch lease, so even after a scheduler fail-over one
 * dispatcher sends at a time and the rate limits hold for the bot as a whole.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 8;
    /** Longer than one message takes (pacing plus Telegram's time-outs), renewed before each message. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** A notice to an officer who is not reachable waits this long for them to link, then goes stale. */
    static final Duration NOTICE_LIFE = Duration.ofDays(7);
    private static final Duration RECORD_RETRY_MAX = Duration.ofSeconds(30);

    private final OutboxStore outbox;
    private final DispatchLeaseStore leases;
    private final TelegramGateway gateway;
    private final RosterStore roster;
    private final Clock clock;
    private final QuietHours quietHours;
    private final ReminderTexts texts;
    private final Pacer pacer;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile boolean stopping;

    public OutboxDispatcher(OutboxStore outbox, DispatchLeaseStore leases, @Nullable TelegramGateway gateway, RosterStore roster,
                            Clock clock, ReminderPolicyConfig config, ReminderTexts texts) {
        this.outbox = outbox;
        this.leases = leases;
        this.gateway = gateway;
        this.roster = roster;
        this.clock = clock;
        this.quietHours = config.quietHours();
        this.texts = texts;
        this.pacer = new Pacer(config.rateLimits().perSecond(), config.rateLimits().perChatPerSecond(), clock, this::pause);
    }

    /** Sends for at most {@code budget}; returns how many messages went out. */
    public synchronized int drain(Duration budget) {
        if (gateway == null || stopping) {
            return 0;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!quietHours.allows(now.toLocalTime())) {
            return 0;
        }
        Optional<DispatchLeaseStore.Lease> held = leases.acquire(holder, LEASE);
        if (held.isEmpty()) {
            LOG.debug("another dispatcher holds the lease; not sending");
            return 0;
        }
        DispatchLeaseStore.Lease lease = held.get();
        try {
            outbox.recoverInterrupted(lease);
            outbox.markStale(now.toLocalDate());
            outbox.dropUndeliverable(NOTICE_LIFE);
            return sendDue(lease, clock.instant().plus(budget));
        } finally {
            release(lease);
        }
    }

    /**
     * Stops sending: the message in hand is finished (and recorded), nothing new is claimed. Called
     * before the scheduler and the connection pool shut down.
     */
    public void stop() {
        stopping = true;
    }

    private int sendDue(DispatchLeaseStore.Lease lease, Instant until) {
        int sent = 0;
        while (clock.instant().isBefore(until)) {
            List<OutboxMessage> batch = outbox.due(200);
            if (batch.isEmpty()) {
                break;
            }
            for (OutboxMessage message : batch) {
                if (stopping || !clock.instant().isBefore(until)
                        || !quietHours.allows(ZonedDateTime.now(clock).toLocalTime())) {
                    return sent;
                }
                try {
                    Outcome outcome = send(message, lease);
                    if (outcome == Outcome.LEASE_LOST) {
                        LOG.warn("another dispatcher took over the outbox; this one stops");
                        return sent;
                    }
                    sent += outcome == Outcome.SENT ? 1 : 0;
                } catch (InterruptedException e) {
                    if (!stopping) {
                        Thread.currentThread().interrupt();
                    }
                    return sent;
                }
            }
        }
        return sent;
    }

    private enum Outcome { SENT, NOT_SENT, LEASE_LOST }

    private Outcome send(OutboxMessage message, DispatchLeaseStore.Lease lease) throws InterruptedException {
        Optional<Long> chat = message.officerId() == null ? Optional.empty() : roster.chatOf(message.officerId());
        if (chat.isEmpty() || chat.get() == null) {
            // Not linked (or blocked the bot): the office's digest lists what they miss; retry after they link.
            outbox.retryAt(message.id(), lease, clock.instant().plus(Duration.ofHours(1)), "officer not reachable on Telegram");
            return Outcome.NOT_SENT;
        }
        pacer.acquire(chat.get());
        if (!leases.renew(lease, LEASE)) {
            return Outcome.LEASE_LOST;
        }
        if (!outbox.claim(message.id(), lease)) {
            return Outcome.NOT_SENT;
        }
        long telegramId;
        try {
            telegramId = gateway.send(chat.get(), message.reply(), null);
        } catch (TelegramFailure failure) {
            handle(message, lease, failure);
            return Outcome.NOT_SENT;
        }
        record(message, chat.get(), telegramId);
        return Outcome.SENT;
    }

    /**
     * Telegram has the message: its SENT mark and its memo are written, waiting out a database
     * outage rather than leaving the row to be sent a second time.
     */
    private void record(OutboxMessage message, long chat, long telegramId) throws InterruptedException {
        Duration wait = Duration.ofSeconds(1);
        for (int attempt = 1; ; attempt++) {
            try {
                outbox.sent(message.id(), telegramId, chat, message.memo());
                if (attempt > 1) {
                    LOG.info("outbox message {} recorded as sent after {} attempts", message.id(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                // Any database failure: the message is out, only its record is missing.
                if (stopping) {
                    LOG.warn("outbox message {} was sent but could not be recorded before shutdown ({}); "
                            + "it will be sent again", message.id(), e.getMessage());
                    return;
                }
                if (attempt == 1) {
                    LOG.warn("outbox message {} was sent but the database did not take its record ({}); retrying",
                            message.id(), e.getMessage());
                }
                try {
                    pause(wait);
                } catch (InterruptedException stopped) {
                    LOG.warn("outbox message {} was sent but could not be recorded before shutdown; it will be sent again",
                            message.id());
                    throw stopped;
                }
                wait = wait.multipliedBy(2).compareTo(RECORD_RETRY_MAX) > 0 ? RECORD_RETRY_MAX : wait.multipliedBy(2);
            }
        }
    }

    private void handle(OutboxMessage message, DispatchLeaseStore.Lease lease, TelegramFailure failure) {
        int attempts = message.attempts() + 1;
        if (failure.isRateLimited()) {
            Duration wait = Duration.ofSeconds(failure.retryAfterSeconds() == null ? 1 : failure.retryAfterSeconds());
            pacer.pause(wait);
            outbox.retryAt(message.id(), lease, clock.instant().plus(wait), failure.getMessage());
        } else if (failure.errorCode() == 403) {
            outbox.failed(message.id(), lease, failure.getMessage());
            roster.markUnreachable(message.officerId(), "Telegram: " + failure.getMessage())
                    .ifPresent(o -> tellOffice(o, message));
        } else if (failure.isPermanent() || attempts >= MAX_ATTEMPTS) {
            outbox.failed(message.id(), lease, failure.getMessage());
            LOG.warn("outbox message {} failed for good: {}", message.id(), failure.getMessage());
        } else {
            Duration backoff = Duration.ofSeconds(Math.min(600, 1L << Math.min(attempts, 10)));
            outbox.retryAt(message.id(), lease, clock.instant().plus(backoff), failure.getMessage());
        }
    }

    /** The office officers of the commune learn that someone no longer receives reminders. */
    private void tellOffice(Officer blocked, OutboxMessage message) {
        if (message.communeId() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (RosterStore.LinkedOrNot member : roster.members(message.communeId())) {
            if (member.officer().role() == Role.OFFICE && member.chatId() != null) {
                outbox.enqueue(new NewOutboxMessage("blocked:" + blocked.id() + ":" + today + ":to:" + member.officer().id(),
                        message.communeId(), member.officer().id(), NewOutboxMessage.NOTICE, null,
                        texts.officerBlockedBot(blocked.name()), MessageMemo.none()));
            }
        }
    }

    private void release(DispatchLeaseStore.Lease lease) {
        try {
            leases.release(lease);
        } catch (RuntimeException e) {
            LOG.debug("the dispatch lease could not be released ({}); it expires by itself", e.getMessage());
        }
    }

    /** Waits, in short steps so that a shutdown is not held up by a long 429 pause. */
    private void pause(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (stopping) {
                throw new InterruptedException("stopping");
            }
            Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
        }
    }
}
