package vn.nhacviec.testsupport.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Flood control and injected faults.
 * <p>
 * Flood control is a sliding one-second window, overall and per chat (Telegram's published guidance: about 30
 * messages per second in total, about one per second to the same chat). Only accepted messages count. A refused
 * request gets 429 with {@code retry_after} = whole seconds until the window has room again (at least 1), which is
 * what Telegram reports.
 * <p>
 * Faults are queued and consumed in order by the next matching requests. Without an explicit method they match every
 * method except getUpdates: the long-polling loop calls getUpdates continuously in the background and would otherwise
 * swallow faults meant for the bot's own calls, making tests depend on timing.
 */
final class Throttle {
    /** A queued fault; method null means "any method but getUpdates". */
    private record Fault(String method, int status, Integer retryAfter) {
        boolean matches(String m) {
            return method == null ? !m.equalsIgnoreCase("getUpdates") : method.equalsIgnoreCase(m);
        }
    }

    private static final long WINDOW_NANOS = Duration.ofSeconds(1).toNanos();

    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Deque<Long> overall = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> perChat = new HashMap<>();
    private boolean enforce = true;
    private int overallPerSecond = 30;
    private int perChatPerSecond = 1;
    private Duration delay = Duration.ZERO;
    private Duration roundTrip = Duration.ZERO;

    synchronized void enforce(boolean on) {
        this.enforce = on;
    }

    synchronized void limits(int overallPerSecond, int perChatPerSecond) {
        if (overallPerSecond < 1 || perChatPerSecond < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.overallPerSecond = overallPerSecond;
        this.perChatPerSecond = perChatPerSecond;
    }

    synchronized void delay(Duration delay) {
        this.delay = delay;
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized void roundTrip(Duration roundTrip) {
        if (roundTrip.isNegative()) {
            throw new IllegalArgumentException("a round trip cannot be negative");
        }
        this.roundTrip = roundTrip;
    }

    synchronized Duration roundTrip() {
        return roundTrip;
    }

    synchronized void addFaults(String method, int count, int status, Integer retryAfter) {
        for (int n = 0; n < count; n++) {
            faults.add(new Fault(method, status, retryAfter));
        }
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    /** Throws the first queued fault that matches this method, consuming it. */
    synchronized void injectFault(String method) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.matches(method)) {
                it.remove();
                throw fault.retryAfter() != null
                        ? BotApiException.tooManyRequests(fault.retryAfter())
                        : BotApiException.ofStatus(fault.status());
            }
        }
    }

    /** Admits one message to this chat or throws 429; an admitted message is counted. */
    synchronized void admit(long chatId) {
        if (!enforce) {
            return;
        }
        long now = System.nanoTime();
        Deque<Long> chat = perChat.computeIfAbsent(chatId, id -> new ArrayDeque<>());
        expire(overall, now);
        expire(chat, now);
        long waitNanos = 0;
        if (overall.size() >= overallPerSecond) {
            waitNanos = Math.max(waitNanos, overall.peekFirst() + WINDOW_NANOS - now);
        }
        if (chat.size() >= perChatPerSecond) {
            waitNanos = Math.max(waitNanos, chat.peekFirst() + WINDOW_NANOS - now);
        }
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + WINDOW_NANOS - 1) / WINDOW_NANOS);
            throw BotApiException.tooManyRequests((int) seconds);
        }
        overall.addLast(now);
        chat.addLast(now);
    }

    private static void expire(Deque<Long> window, long now) {
        while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
            window.removeFirst();
        }
    }
}
