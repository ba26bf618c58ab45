package vn.nhacviec.reminder.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's limits for the bot as a whole: at most {@code perSecond} messages a second overall
 * and one message per {@code perChatInterval} to a chat. Only one dispatcher runs at a time in
 * the cluster (the dispatch lease), and within it every send takes its slot here before it goes,
 * whichever of the senders carries it: pacing here paces the bot. A 429 from any sender pauses
 * every slot until its retry_after. Thread-safe.
 */
final class Pacer {

    /**
     * Slots are this much further apart than the limits allow. Exactly 1/30 s apart, the 31st message is booked
     * exactly one second after the 1st, and a millisecond of jitter on the way (thread wake-up, the HTTP client,
     * the network) makes Telegram count 31 in a second and answer 429, which pauses the whole bot for a second.
     * 3 % gives 30 ms of slack per second and keeps 29.1 of the 30 messages a second.
     */
    static final double MARGIN = 1.03;
    /**
     * A wake-up at most this late keeps its booked slot: the next slot is counted from the booked one, so the
     * sleeps' small overshoots do not add up and slow the bot. Well inside the margin's 30 ms a second.
     */
    static final Duration ON_TIME = Duration.ofMillis(5);
    /**
     * A message leaves a little after its slot (the hand-over to a sender thread, a busy machine): counted from
     * when the message {@link #started really left}, the last {@code perSecond} messages span at least a second and
     * this much more, so a late start cannot crowd {@code perSecond + 1} messages into Telegram's one-second window.
     */
    static final Duration WINDOW_GUARD = Duration.ofMillis(20);
    private static final Duration WINDOW = Duration.ofSeconds(1);
    /** Chats remembered beyond this many are forgotten once their interval has passed. */
    private static final int CHATS_KEPT = 10_000;

    private final int perSecond;
    private final Duration spacing;
    private final Duration perChat;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<Long, Slot> lastByChat = new HashMap<>();
    /** The last {@code perSecond} slots, oldest first. */
    private final Deque<Slot> recent = new ArrayDeque<>();
    private Instant next;
    private Instant pausedUntil;

    /** A booked slot: when its message may go, moved later when the sender reports it left later. */
    static final class Slot {
        private Instant at;

        private Slot(Instant at) {
            this.at = at;
        }
    }

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    Pacer(int perSecond, int perChatPerSecond, Clock clock, Sleeper sleeper) {
        this.perSecond = Math.max(1, perSecond);
        this.spacing = Duration.ofNanos((long) (1_000_000_000L * MARGIN / Math.max(1, perSecond)));
        this.perChat = Duration.ofNanos((long) (1_000_000_000L * MARGIN / Math.max(1, perChatPerSecond)));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** When a message to {@code chat} may go, without waiting. */
    synchronized Instant earliest(long chat) {
        Instant now = clock.instant();
        Instant slot = slot(chat);
        return slot == null || slot.isBefore(now) ? now : slot;
    }

    /** The next overall slot: when a message to a chat that may receive one goes. */
    synchronized Instant nextSlot() {
        Instant now = clock.instant();
        Instant slot = later(next, pausedUntil);
        return slot == null || slot.isBefore(now) ? now : slot;
    }

    /**
     * Waits until a message to {@code chat} may go, and books the slot. A pause that starts during the wait
     * (another sender's 429) is waited out too.
     */
    Slot acquire(long chat) throws InterruptedException {
        while (true) {
            Instant at;
            synchronized (this) {
                Instant now = clock.instant();
                Instant slot = slot(chat);
                if (slot == null || !slot.isAfter(now)) {
                    boolean onTime = slot != null && Duration.between(slot, now).compareTo(ON_TIME) <= 0;
                    return book(chat, onTime ? slot : now);
                }
                at = slot;
            }
            sleeper.sleep(Duration.between(clock.instant(), at));
        }
    }

    /** The sender hands the slot's message to Telegram now: later slots count from this moment if it is late. */
    synchronized void started(Slot slot) {
        Instant now = clock.instant();
        if (now.isAfter(slot.at)) {
            slot.at = now;
        }
    }

    /** The first instant every limit allows a message to {@code chat}, possibly past; null when none applies. */
    private Instant slot(long chat) {
        Slot chatLast = lastByChat.get(chat);
        Instant window = recent.size() < perSecond ? null : recent.peekFirst().at.plus(WINDOW).plus(WINDOW_GUARD);
        return later(later(next, pausedUntil), later(window, chatLast == null ? null : chatLast.at.plus(perChat)));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Telegram said 429 with retry_after: nothing goes out before then. */
    synchronized void pause(Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (pausedUntil == null || until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    private Slot book(long chat, Instant at) {
        if (lastByChat.size() >= CHATS_KEPT) {
            Instant forgotten = at.minus(perChat).minus(WINDOW);
            lastByChat.values().removeIf(last -> last.at.isBefore(forgotten));
        }
        Slot slot = new Slot(at);
        lastByChat.put(chat, slot);
        recent.addLast(slot);
        if (recent.size() > perSecond) {
            recent.removeFirst();
        }
        next = at.plus(spacing);
        return slot;
    }
}
