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
 * they are told so once per minute. Users quiet for a minute are forgotten (at most one sweep a
 * minute), so the memory used follows the users active now, not every user ever seen.
 */
public final class FloodGuard {

    public enum Verdict { ALLOW, WARN, DROP }

    private static final long MINUTE = 60;

    private final int perMinute;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant lastSweep;

    public FloodGuard(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public Verdict check(long userId) {
        Instant now = clock.instant();
        Instant start = now.minusSeconds(MINUTE);
        Verdict[] verdict = new Verdict[1];
        // compute() runs atomically per user, so a sweep never drops a window in use.
        windows.compute(userId, (id, window) -> {
            Window w = window == null ? new Window() : window;
            verdict[0] = w.check(now, start, perMinute);
            return w;
        });
        sweep(start);
        return verdict[0];
    }

    /** How many users are remembered now. */
    int remembered() {
        return windows.size();
    }

    private void sweep(Instant start) {
        Instant last = lastSweep;
        if (last != null && !last.isBefore(start)) {
            return;
        }
        lastSweep = start.plusSeconds(MINUTE);
        for (Long user : windows.keySet()) {
            windows.computeIfPresent(user, (id, w) -> w.idleSince(start) ? null : w);
        }
    }

    private static final class Window {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant warnedAt;

        Verdict check(Instant now, Instant start, int perMinute) {
            while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
                times.pollFirst();
            }
            if (times.size() < perMinute) {
                times.addLast(now);
                return Verdict.ALLOW;
            }
            if (warnedAt == null || warnedAt.isBefore(start)) {
                warnedAt = now;
                return Verdict.WARN;
            }
            return Verdict.DROP;
        }

        /** Nothing in the last minute: forgetting the user changes no verdict. */
        boolean idleSince(Instant start) {
            return (times.isEmpty() || times.peekLast().isBefore(start)) && (warnedAt == null || warnedAt.isBefore(start));
        }
    }
}
