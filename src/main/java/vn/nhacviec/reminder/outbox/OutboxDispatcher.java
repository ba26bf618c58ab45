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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends what waits in the outbox, within Telegram's limits and the quiet hours: 429 pauses every
 * sender for retry_after, 5xx and time-outs back off exponentially, 403 (the officer blocked the bot)
 * marks the officer unreachable and tells the office. Runs as a clustered job that never runs twice
 * at once, and sends only while it holds the dispatch lease, so even after a scheduler fail-over one
 * dispatcher sends at a time and the rate limits (kept by its {@link Pacer}) hold for the bot as a
 * whole.
 * <p>
 * Several sends are in flight at once ({@link DispatchSettings#inFlight()}): one coordinating thread
 * (the job's) picks each message ({@link SendOrder}), claims it, takes its slot from the pacer and
 * hands it to a sender, which waits for Telegram's answer and records it. A chat never has two
 * messages in flight, and a chat's message is due only when no earlier message to the same officer
 * still waits ({@link OutboxStore#due}), so a chat's messages keep their order, retries included.
 * At most {@code inFlight} rows are SENDING at any moment: after a crash at most that many go twice.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 8;
    /**
     * The dispatch lease, held while sending: renewed every {@link #RENEW}, so a killed
     * dispatcher's lease frees within this and a restarted (or other) instance sends again within seconds.
     */
    static final Duration LEASE = Duration.ofSeconds(10);
    static final Duration RENEW = Duration.ofSeconds(2);
    /** Messages read per outbox query. */
    static final int BATCH = 200;
    /** Waits are cut into steps this long, so that a stop is noticed quickly. */
    private static final Duration STEP = Duration.ofMillis(100);
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
    private final DispatchSettings settings;
    private final DispatchSignal signal;
    private final ExecutorService senders;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private volatile boolean stopping;

    public OutboxDispatcher(OutboxStore outbox, DispatchLeaseStore leases, @Nullable TelegramGateway gateway, RosterStore roster,
                            Clock clock, ReminderPolicyConfig config, ReminderTexts texts, DispatchSettings settings,
                            DispatchSignal signal) {
        this.outbox = outbox;
        this.leases = leases;
        this.gateway = gateway;
        this.roster = roster;
        this.clock = clock;
        this.quietHours = config.quietHours();
        this.texts = texts;
        this.settings = settings;
        this.signal = signal;
        this.pacer = new Pacer(config.rateLimits().perSecond(), config.rateLimits().perChatPerSecond(), clock, this::pause);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.inFlight(), settings.inFlight(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "outbox-sender-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);   // an idle service keeps no sender threads
        this.senders = pool;
    }

    /** Sends what is due, for at most {@code budget}; returns how many messages went out. */
    public synchronized int drain(Duration budget) {
        return work(budget);
    }

    /**
     * Sends what is due, then keeps watching the outbox until {@code budget} ends: woken at once when
     * this instance queues a message, and looking every {@link DispatchSettings#poll()} (one indexed
     * query) for messages queued by another instance or left SENDING by a dead one. For the
     * scheduled job. The lease is held only while sending, so a test's {@link #drain} or another
     * instance is never held up by an idle watch.
     */
    public int dispatchFor(Duration budget) {
        Instant until = clock.instant().plus(budget);
        int sent = 0;
        boolean first = true;
        try {
            while (!stopping && clock.instant().isBefore(until)) {
                long seen = signal.seen();
                if (first || outbox.hasWork()) {
                    sent += drain(Duration.between(clock.instant(), until));
                }
                first = false;
                Duration left = Duration.between(clock.instant(), until);
                if (!left.isNegative() && !left.isZero()) {
                    signal.await(seen, left.compareTo(settings.poll()) < 0 ? left : settings.poll());
                }
            }
        } catch (InterruptedException e) {
            if (!stopping) {
                Thread.currentThread().interrupt();
            }
        }
        return sent;
    }

    /**
     * Stops sending: the messages in hand are finished (and recorded), nothing new is claimed. Called
     * before the scheduler and the connection pool shut down.
     */
    public void stop() {
        stopping = true;
        signal.wake();
    }

    private int work(Duration budget) {
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
        Run run = new Run(held.get(), clock.instant().plus(budget));
        try {
            int recovered = outbox.recoverInterrupted(run.lease);
            if (recovered > 0) {
                LOG.info("{} outbox message(s) left SENDING by an earlier dispatcher (stopped or killed) go again", recovered);
            }
            outbox.markStale(now.toLocalDate());
            outbox.dropUndeliverable(NOTICE_LIFE);
            run.send();
        } catch (InterruptedException e) {
            if (!stopping) {
                Thread.currentThread().interrupt();
            }
        } finally {
            run.awaitSenders();
            release(run.lease);
        }
        return run.sent.get();
    }

    /** One holding of the lease: the coordinator's loop and the senders' shared state. */
    private final class Run {

        final DispatchLeaseStore.Lease lease;
        final Instant until;
        final AtomicInteger sent = new AtomicInteger();
        /** Chats with a message in flight; guarded by this. */
        private final Set<Long> busy = new HashSet<>();
        private Instant renewed;
        private boolean leaseLost;

        Run(DispatchLeaseStore.Lease lease, Instant until) {
            this.lease = lease;
            this.until = until;
            this.renewed = clock.instant();
        }

        private boolean going() {
            return !stopping && !leaseLost && clock.instant().isBefore(until)
                    && quietHours.allows(ZonedDateTime.now(clock).toLocalTime());
        }

        void send() throws InterruptedException {
            while (going()) {
                if (!renewIfDue()) {
                    return;
                }
                long seen = signal.seen();
                List<OutboxMessage> batch = outbox.due(BATCH);
                if (batch.isEmpty()) {
                    if (inFlight() == 0) {
                        return;
                    }
                    // A finished send may make its chat's next message due.
                    signal.await(seen, STEP);
                    continue;
                }
                sendBatch(batch);
            }
        }

        /** Hands the batch's messages to the senders. */
        private void sendBatch(List<OutboxMessage> batch) throws InterruptedException {
            Map<Long, Long> chatByOfficer = roster.chatsOf(batch.stream().map(OutboxMessage::officerId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            List<OutboxMessage> waiting = new ArrayList<>();
            List<Long> chats = new ArrayList<>();
            for (OutboxMessage message : batch) {
                Long chat = message.officerId() == null ? null : chatByOfficer.get(message.officerId());
                if (chat == null) {
                    // Not linked (or blocked the bot): the office's digest lists what they miss; retry after they link.
                    outbox.retryAt(message.id(), lease, clock.instant().plus(Duration.ofHours(1)),
                            "officer not reachable on Telegram");
                } else {
                    waiting.add(message);
                    chats.add(chat);
                }
            }
            while (!waiting.isEmpty() && going()) {
                long seen = signal.seen();
                if (inFlight() >= settings.inFlight()) {
                    signal.await(seen, STEP);
                    continue;
                }
                int next = SendOrder.next(chats, busySnapshot(), pacer);
                if (next < 0) {
                    signal.await(seen, STEP);   // every waiting chat has a message in flight
                    continue;
                }
                OutboxMessage message = waiting.remove(next);
                long chat = chats.remove(next);
                if (!renewIfDue() || !outbox.claim(message.id(), lease)) {
                    continue;   // another run took it, or the lease is gone (going() ends the loop)
                }
                Pacer.Slot slot;
                try {
                    slot = pacer.acquire(chat);
                } catch (InterruptedException stopped) {
                    // claimed but not sent: back to PENDING, so a stop leaves nothing SENDING
                    outbox.retryAt(message.id(), lease, clock.instant(), "the dispatcher stopped before sending");
                    throw stopped;
                }
                if (!renewIfDue()) {
                    return;   // claimed under a lease now lost: the next holder sends it
                }
                synchronized (this) {
                    busy.add(chat);
                }
                senders.execute(() -> deliver(message, chat, slot));
            }
        }

        /** On a sender: Telegram's answer, then its record; the chat and the slot are freed whatever happens. */
        private void deliver(OutboxMessage message, long chat, Pacer.Slot slot) {
            try {
                long telegramId;
                try {
                    pacer.started(slot);
                    telegramId = gateway.send(chat, message.reply(), null);
                } catch (TelegramFailure failure) {
                    handle(message, lease, failure);
                    return;
                }
                record(message, chat, telegramId);
                sent.incrementAndGet();
            } catch (InterruptedException e) {
                LOG.debug("sender stopped with outbox message {} in hand", message.id());
            } catch (RuntimeException e) {
                // A database failure after Telegram's refusal: the row stays SENDING and the next lease holder sends it.
                LOG.warn("outbox message {} could not be updated after sending ({}); it will be sent again",
                        message.id(), e.getMessage());
            } finally {
                synchronized (this) {
                    busy.remove(chat);
                }
                signal.wake();
            }
        }

        private synchronized int inFlight() {
            return busy.size();
        }

        private synchronized Set<Long> busySnapshot() {
            return new HashSet<>(busy);
        }

        /** Renews the lease every {@link #RENEW}; false (and the run ends) when another dispatcher has taken it. */
        private boolean renewIfDue() {
            if (leaseLost) {
                return false;
            }
            Instant now = clock.instant();
            if (Duration.between(renewed, now).compareTo(RENEW) < 0) {
                return true;
            }
            if (!leases.renew(lease, LEASE)) {
                LOG.warn("another dispatcher took over the outbox; this one stops");
                leaseLost = true;
                return false;
            }
            renewed = now;
            return true;
        }

        /** The senders finish the messages in hand before the lease is given up. */
        void awaitSenders() {
            try {
                while (inFlight() > 0) {
                    signal.await(signal.seen(), STEP);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
