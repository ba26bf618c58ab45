package vn.nhacviec.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code limit} failed attempts within {@link #WINDOW} for one key
 * (a login, or an address), further attempts for that key are refused until the oldest failure leaves
 * the window. Kept in memory: a restart forgets, which costs a guesser a restart of ours, not theirs.
 */
final class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Whether an attempt for any of the keys is refused right now. */
    boolean blocked(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> list = failures.get(key);
            if (list != null) {
                synchronized (list) {
                    list.removeIf(at -> !at.isAfter(now.minus(WINDOW)));
                    if (list.size() >= limit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> list = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (list) {
                list.addLast(now);
                while (list.size() > limit * 2) {
                    list.removeFirst();
                }
            }
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }
}
