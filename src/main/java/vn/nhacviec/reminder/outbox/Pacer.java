package vn.nhacviec.reminder.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's limits for the bot as a whole: at most {@code perSecond} messages a second overall
 * and one message per {@code perChatInterval} to a chat. Only one dispatcher runs at a time in
 * the cluster, so pacing here paces the bot.
 */
final class Pacer {

    /**
     * Slots are this much further apart than the limits allow. Exactly 1/30 s apart, the 31st message is booked
     * exactly one second after the 1st, and a millisecond of jitter on the way (thread wake-up, the HTTP client,
     * the network) makes Telegram count 31 in a second and answer 429, which pauses the whole bot for a second.
     * 3 % gives 30 ms of slack per second and keeps 29.1 of the 30 messages a second.
     */
    static final double MARGIN = 1.03;

    private final Duration spacing;
    private final Duration perChat;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<Long, Instant> lastByChat = new HashMap<>();
    private Instant next;
    private Instant pausedUntil;

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    Pacer(int perSecond, int perChatPerSecond, Clock clock, Sleeper sleeper) {
        this.spacing = Duration.ofNanos((long) (1_000_000_000L * MARGIN / Math.max(1, perSecond)));
        this.perChat = Duration.ofNanos((long) (1_000_000_000L * MARGIN / Math.max(1, perChatPerSecond)));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** When a message to {@code chat} may go, without waiting. */
    Instant earliest(long chat) {
        Instant now = clock.instant();
        Instant at = next == null || next.isBefore(now) ? now : next;
        Instant chatNext = lastByChat.containsKey(chat) ? lastByChat.get(chat).plus(perChat) : now;
        if (chatNext.isAfter(at)) {
            at = chatNext;
        }
        if (pausedUntil != null && pausedUntil.isAfter(at)) {
            at = pausedUntil;
        }
        return at;
    }

    /** Waits until a message to {@code chat} may go, and books the slot. */
    void acquire(long chat) throws InterruptedException {
        Instant at = earliest(chat);
        Duration wait = Duration.between(clock.instant(), at);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
        Instant sent = clock.instant().isAfter(at) ? clock.instant() : at;
        lastByChat.put(chat, sent);
        next = sent.plus(spacing);
    }

    /** Telegram said 429 with retry_after: nothing goes out before then. */
    void pause(Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (pausedUntil == null || until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }
}
