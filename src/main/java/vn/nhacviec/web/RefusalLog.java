package vn.nhacviec.web;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Refused webhook posts, logged at most once a minute with how many there were since the last line.
 * Elapsed time comes from a monotonic counter (nanoseconds), not the service's clock, which an operator may fix.
 */
final class RefusalLog {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final Logger log;
    private final LongSupplier nanos;
    private final AtomicLong lastLogged;
    private final AtomicLong unlogged = new AtomicLong();

    RefusalLog(Logger log, LongSupplier nanos) {
        this.log = log;
        this.nanos = nanos;
        this.lastLogged = new AtomicLong(nanos.getAsLong() - EVERY.toNanos());
    }

    /** One refusal; returns whether it was written to the log. */
    boolean note() {
        long count = unlogged.incrementAndGet();
        long now = nanos.getAsLong();
        long last = lastLogged.get();
        if (now - last < EVERY.toNanos() || !lastLogged.compareAndSet(last, now)) {
            return false;
        }
        unlogged.addAndGet(-count);
        log.warn("webhook update refused: wrong or missing secret token ({} refused since the last such line)", count);
        return true;
    }
}
