package vn.nhacviec.bot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down one user who floods the bot without slowing anyone else: each user may send
 * {@code perMinute} messages in any sliding minute; beyond that their messages are dropped, and
 * they are told so once per minute.
 */
public final class FloodGuard {

    public enum Verdict { ALLOW, WARN, DROP }

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    public FloodGuard(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public Verdict check(long userId) {
        Window window = windows.computeIfAbsent(userId, id -> new Window());
        synchronized (window) {
            Instant now = clock.instant();
            Instant start = now.minusSeconds(60);
            while (!window.times.isEmpty() && window.times.peekFirst().isBefore(start)) {
                window.times.pollFirst();
            }
            if (window.times.size() < perMinute) {
                window.times.addLast(now);
                return Verdict.ALLOW;
            }
            if (window.warnedAt == null || window.warnedAt.isBefore(start)) {
                window.warnedAt = now;
                return Verdict.WARN;
            }
            return Verdict.DROP;
        }
    }

    private static final class Window {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant warnedAt;
    }
}
