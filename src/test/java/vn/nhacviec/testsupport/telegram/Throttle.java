package vn.nhacviec.testsupport.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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
    /** Arrival times (nanoTime) of accepted messages, ascending; concurrent calls may be admitted out of order. */
    private final List<Long> overall = new ArrayList<>();
    private final Map<Long, List<Long>> perChat = new HashMap<>();
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

    /** Admits one message to this chat, counted now, or throws 429. */
    synchronized void admit(long chatId) {
        admit(chatId, System.nanoTime());
    }

    /**
     * Admits one message to this chat that arrived at {@code arrivedNanos} (System.nanoTime), or throws 429; an
     * admitted message is counted at its arrival, as Telegram counts it, not when this fake got round to it: on a busy
     * machine the fake's own work (parsing the request) would otherwise bunch messages that arrived well spaced.
     * Calls in flight at once may be admitted out of arrival order, so the check covers every one-second window the
     * new arrival falls in.
     */
    synchronized void admit(long chatId, long arrivedNanos) {
        if (!enforce) {
            return;
        }
        List<Long> chat = perChat.computeIfAbsent(chatId, id -> new ArrayList<>());
        expire(overall, arrivedNanos);
        expire(chat, arrivedNanos);
        long waitNanos = Math.max(excess(overall, arrivedNanos, overallPerSecond), excess(chat, arrivedNanos, perChatPerSecond));
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + WINDOW_NANOS - 1) / WINDOW_NANOS);
            throw BotApiException.tooManyRequests((int) seconds);
        }
        insert(overall, arrivedNanos);
        insert(chat, arrivedNanos);
    }

    /**
     * How long after {@code at} the window has room, 0 when a message arriving at {@code at} keeps every one-second
     * window it falls in within {@code limit}.
     */
    private static long excess(List<Long> window, long at, int limit) {
        List<Long> with = new ArrayList<>(window);
        insert(with, at);
        int index = with.indexOf(at);
        long wait = 0;
        // every window of `limit + 1` consecutive arrivals that contains `at` must span a second or more
        for (int first = Math.max(0, index - limit); first <= index && first + limit < with.size(); first++) {
            long span = with.get(first + limit) - with.get(first);
            if (span < WINDOW_NANOS) {
                wait = Math.max(wait, with.get(first) + WINDOW_NANOS - at);
            }
        }
        return Math.max(wait, 0);
    }

    private static void insert(List<Long> window, long at) {
        int i = window.size();
        while (i > 0 && window.get(i - 1) > at) {
            i--;
        }
        window.add(i, at);
    }

    /** Arrivals more than two seconds before this one can no longer share a window with any new arrival. */
    private static void expire(List<Long> window, long now) {
        while (!window.isEmpty() && now - window.get(0) >= 2 * WINDOW_NANOS) {
            window.remove(0);
        }
    }
}
